package org.infoops.model.cascade.base;

/**
 * The generator's ground truth: the probability that user f reshares post i when exposed to it (see
 * {@link BaseWorldSettings} for the formula). The pipeline never reads it; reports use it for the best AUC any
 * model could reach on the same exposures.
 */
public final class HiddenRule {
    private final double[] postLogit;   // per post index: base + shock + framing + author popularity
    private final int[] postTopic;
    private final double[] preference;  // [user * topics + topic]
    private final double[] activity;
    private final int topics;
    private final double affinityWeight;
    private final double activityWeight;

    HiddenRule(double[] postLogit, int[] postTopic, double[] preference, double[] activity, int topics,
               double affinityWeight, double activityWeight) {
        this.postLogit = postLogit;
        this.postTopic = postTopic;
        this.preference = preference;
        this.activity = activity;
        this.topics = topics;
        this.affinityWeight = affinityWeight;
        this.activityWeight = activityWeight;
    }

    /** P(follower reshares post {@code postIndex} | exposed), postIndex in the world's time-ordered posts. */
    public double probability(int postIndex, int follower) {
        return 1 / (1 + Math.exp(-(postLogit[postIndex] + followerLogit(follower, postTopic[postIndex]))));
    }

    double followerLogit(int follower, int topic) {
        double uniform = 1.0 / topics;
        return affinityWeight * (preference[follower * topics + topic] - uniform) / (1 - uniform)
                + activityWeight * activity[follower];
    }
}
