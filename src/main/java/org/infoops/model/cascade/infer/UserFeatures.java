package org.infoops.model.cascade.infer;

import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.Period;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-user features of the paper's infection model (section "Infection model", Fig 4), one row per node of N_A:
 * follower and followee counts (in N_A, the Eq-1 sense the paper uses throughout) and their ratio, the frequency
 * at which the user's Period I posts were reshared, the frequency at which the user reshared what its followees
 * posted in Period I, and two 24-d history embeddings: the mean reduced embedding of the Period I posts the user
 * authored (used when the user is the author u_k) and of those it reshared (used when it is the follower f_j).
 */
public final class UserFeatures implements java.io.Serializable {
    public static final int STATS = 5;
    public static final List<String> STAT_NAMES = List.of("followers_log", "followees_log", "follower_followee_ratio",
            "retweeted_frequency", "retweeting_frequency");

    private final double[][] stats;          // [node][STATS]
    private final float[][] authoredHistory; // [node][historyDims]
    private final float[][] resharedHistory; // [node][historyDims]

    private UserFeatures(double[][] stats, float[][] authoredHistory, float[][] resharedHistory) {
        this.stats = stats;
        this.authoredHistory = authoredHistory;
        this.resharedHistory = resharedHistory;
    }

    /**
     * @param rawEmbedding 384-d embedding of a post by its index in the history (computed through the cache)
     * @param history24    the user-history autoencoder (384 -> 24)
     */
    public static UserFeatures of(BaseHistory history, DigitalClone clone, float[][] rawEmbedding, LinearAutoencoder history24) {
        SpreadNetwork net = clone.network();
        int n = net.nodeCount();
        int dims = history24.outputDimension();
        int[] followees = net.followeeCounts();
        double[] authored = new double[n], resharedReceived = new double[n], reshares = new double[n], exposures = new double[n];
        float[][] authorSum = new float[n][dims], reshareSum = new float[n][dims];
        int[] authorCount = new int[n], reshareCount = new int[n];
        List<BasePost> posts = history.posts();
        for (int i = 0; i < posts.size(); i++) {
            BasePost p = posts.get(i);
            if (p.period() != Period.I) {
                continue;
            }
            float[] code = history24.encode(rawEmbedding[i]);
            int a = clone.node(p.author());
            if (a >= 0) {
                authored[a]++;
                resharedReceived[a] += history.resharers(i).length;
                add(authorSum[a], code);
                authorCount[a]++;
                for (int e = net.firstEdge(a); e < net.endEdge(a); e++) {
                    exposures[net.target(e)]++;
                }
            }
            for (long u : history.resharers(i)) {
                int f = clone.node(u);
                if (f >= 0) {
                    reshares[f]++;
                    add(reshareSum[f], code);
                    reshareCount[f]++;
                }
            }
        }
        double[][] stats = new double[n][];
        for (int v = 0; v < n; v++) {
            int followers = net.followerCount(v);
            stats[v] = new double[] {
                    Math.log1p(followers),
                    Math.log1p(followees[v]),
                    followers / (followees[v] + 1.0),
                    authored[v] > 0 ? resharedReceived[v] / authored[v] : 0,
                    exposures[v] > 0 ? Math.min(1, reshares[v] / exposures[v]) : 0};
            scale(authorSum[v], authorCount[v]);
            scale(reshareSum[v], reshareCount[v]);
        }
        return new UserFeatures(stats, authorSum, reshareSum);
    }

    public int nodeCount() {
        return stats.length;
    }

    public int historyDimension() {
        return authoredHistory.length == 0 ? 0 : authoredHistory[0].length;
    }

    double[] stats(int node) {
        return stats[node];
    }

    float[] authored(int node) {
        return authoredHistory[node];
    }

    float[] reshared(int node) {
        return resharedHistory[node];
    }

    private static void add(float[] sum, float[] x) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += x[j];
        }
    }

    private static void scale(float[] sum, int count) {
        if (count > 0) {
            for (int j = 0; j < sum.length; j++) {
                sum[j] /= count;
            }
        }
    }

    /** Feature names of one user's part of a row, with a role prefix ("author_" or "follower_"). */
    static List<String> names(String role, int historyDims) {
        List<String> names = new ArrayList<>();
        STAT_NAMES.forEach(s -> names.add(role + s));
        for (int j = 0; j < historyDims; j++) {
            names.add(role + "history_" + j);
        }
        return names;
    }
}
