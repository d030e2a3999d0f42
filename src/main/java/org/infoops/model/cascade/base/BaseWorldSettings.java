package org.infoops.model.cascade.base;


import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.kernel.TreeBinder;

/**
 * Parameters of the synthetic base world (scenarios/cascade/base-world.yaml). The paper has no synthetic world:
 * every value here is an open choice, documented with its reason in the YAML file.
 *
 * <p>The hidden retweet rule: a follower f exposed to post T (topic t, framing z) of author a reshares with
 * probability sigmoid(baseLogit + affinityWeight*(pref[f][t] - 1/k)/(1 - 1/k)
 * + popularityWeight*(log1p(followers(a))/log1p(meanFollowers) - 1) + activityWeight*activity[f] + framingWeight*z
 * + shock[T]), k = number of topics, activity[f] ~ N(0,1); shock[T] ~ N(0, postShockSd) is a per-post virality
 * nobody observes. Reshares expose the resharer's followers in turn (up to maxLayers layers).
 */
public record BaseWorldSettings(
        long seed,
        int users,
        int communities,
        List<String> topics,
        double communityFocus,
        double withinCommunityFollow,
        double followeesMean,
        double followeesSigma,
        double popularityShape,
        double postsPerUserMean,
        double postsPerUserSigma,
        int sourceUserPosts,
        double alarmingShare,
        double baseLogit,
        double affinityWeight,
        double popularityWeight,
        double activityWeight,
        double framingWeight,
        double postShockSd,
        double quoteShareMean,
        int maxLayers) {


    public BaseWorldSettings {
        topics = List.copyOf(topics);
        atLeast("users", users, 20);
        between("communities", communities, 1, users / 5);
        if (topics.size() < 2) {
            throw new IllegalArgumentException("topics: " + topics + " has fewer than 2 entries; allowed: 2 or more of "
                    + TopicLanguage.knownTopics());
        }
        for (String t : topics) {
            if (!TopicLanguage.knownTopics().contains(t)) {
                throw new IllegalArgumentException("topics: '" + t + "' is unknown; allowed: " + TopicLanguage.knownTopics());
            }
        }
        between("communityFocus", communityFocus, 0, 1);
        between("withinCommunityFollow", withinCommunityFollow, 0, 1);
        between("followeesMean", followeesMean, 1, users - 1);
        between("followeesSigma", followeesSigma, 0, 3);
        between("popularityShape", popularityShape, 0.5, 10);
        between("postsPerUserMean", postsPerUserMean, 0.5, 1000);
        between("postsPerUserSigma", postsPerUserSigma, 0, 3);
        between("sourceUserPosts", sourceUserPosts, 0, 100_000);
        between("alarmingShare", alarmingShare, 0, 1);
        between("baseLogit", baseLogit, -20, 5);
        between("postShockSd", postShockSd, 0, 5);
        between("quoteShareMean", quoteShareMean, 0, 1);
        between("maxLayers", maxLayers, 1, 50);
    }

    /** Reads a settings file; unknown or missing keys are errors that name the key. */
    public static BaseWorldSettings load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read base-world settings " + file + ": " + e.getMessage(), e);
        }
    }

    /** The shipped defaults (scenarios/cascade/base-world.yaml, packaged in the jar). */
    public static BaseWorldSettings defaults() {
        try (InputStream in = BaseWorldSettings.class.getClassLoader().getResourceAsStream("scenarios/cascade/base-world.yaml")) {
            if (in == null) {
                throw new IllegalStateException("scenarios/cascade/base-world.yaml is missing from the classpath");
            }
            return parse(in, "scenarios/cascade/base-world.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BaseWorldSettings parse(InputStream in, String source) throws IOException {
        return TreeBinder.read(in, BaseWorldSettings.class, source);
    }

    /** A copy with other population numbers (tests and benchmarks use small worlds). */
    public BaseWorldSettings withSize(long newSeed, int newUsers, int newCommunities, double newFolloweesMean) {
        return new BaseWorldSettings(newSeed, newUsers, newCommunities, topics, communityFocus, withinCommunityFollow,
                newFolloweesMean, followeesSigma, popularityShape, postsPerUserMean, postsPerUserSigma, sourceUserPosts, alarmingShare,
                baseLogit, affinityWeight, popularityWeight, activityWeight, framingWeight, postShockSd,
                quoteShareMean, maxLayers);
    }

    /** A copy where the source user writes {@code posts} posts (small test worlds need fewer). */
    public BaseWorldSettings withSourceUserPosts(int posts) {
        return new BaseWorldSettings(seed, users, communities, topics, communityFocus, withinCommunityFollow,
                followeesMean, followeesSigma, popularityShape, postsPerUserMean, postsPerUserSigma, posts, alarmingShare,
                baseLogit, affinityWeight, popularityWeight, activityWeight, framingWeight, postShockSd,
                quoteShareMean, maxLayers);
    }

    private static void atLeast(String field, long v, long min) {
        if (v < min) {
            throw new IllegalArgumentException(field + ": " + v + " is out of range; allowed: " + min + " or more");
        }
    }

    private static void between(String field, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(field + ": " + v + " is out of range; allowed: " + min + " to " + max);
        }
    }
}
