package org.infoops.model.troll;

import org.infoops.learn.ProbabilisticClassifier;

/**
 * The paper's countermeasure policy (§5.1): ask the classifier for the attack likelihood of the due post from its
 * observable features; above the threshold, postpone it to a random minute within 7 days.
 */
public final class ClassifierRescheduling implements PostingPolicy {
    private final ProbabilisticClassifier classifier;
    private final double threshold;
    private final Postponement postponement;

    public ClassifierRescheduling(ProbabilisticClassifier classifier, double threshold, Postponement postponement) {
        this.classifier = classifier;
        this.threshold = threshold;
        this.postponement = postponement;
    }

    @Override
    public long delay(DuePost due) {
        return classifier.probability(due.features()) > threshold ? postponement.draw(due.influencer()) : 0;
    }
}
