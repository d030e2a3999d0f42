package org.infoops.model.cascade.infer;

import java.util.ArrayList;
import java.util.List;

/**
 * The input row of the infection model IM(f_j, u_k, T_i) (paper Fig 4): the author u_k's metadata and authored-post
 * history embedding, the follower f_j's metadata and reshared-post history embedding, and the post's own reduced
 * embedding, concatenated: 5 + 24 + 5 + 24 + 96 = 154 columns with the paper's dimensions.
 */
public final class InfectionFeatures implements java.io.Serializable {
    private final UserFeatures users;
    private final int postDims;
    private final List<String> names;

    public InfectionFeatures(UserFeatures users, int postDims) {
        this.users = users;
        this.postDims = postDims;
        List<String> n = new ArrayList<>(UserFeatures.names("author_", users.historyDimension()));
        n.addAll(UserFeatures.names("follower_", users.historyDimension()));
        for (int j = 0; j < postDims; j++) {
            n.add("post_" + j);
        }
        this.names = List.copyOf(n);
    }

    public List<String> names() {
        return names;
    }

    public int width() {
        return names.size();
    }

    public UserFeatures users() {
        return users;
    }

    /** Writes the row for (author node, follower node, post code) into {@code out} (length {@link #width()}). */
    public void row(int author, int follower, float[] postCode, double[] out) {
        if (postCode.length != postDims) {
            throw new IllegalArgumentException("post code has " + postCode.length + " dimensions; expected " + postDims);
        }
        int i = 0;
        for (double s : users.stats(author)) out[i++] = s;
        for (float h : users.authored(author)) out[i++] = h;
        for (double s : users.stats(follower)) out[i++] = s;
        for (float h : users.reshared(follower)) out[i++] = h;
        for (float p : postCode) out[i++] = p;
    }

    public double[] row(int author, int follower, float[] postCode) {
        double[] out = new double[width()];
        row(author, follower, postCode, out);
        return out;
    }
}
