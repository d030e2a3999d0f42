package org.infoops.model.cascade.infer;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.Period;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Labelled exposures: every follower (in N_A) of a post's author is assumed exposed, and the row is positive when
 * that follower reshared the post (paper, section "Infection model": "a lack of reshare between a user and their
 * follower will be labeled as a negative event").
 *
 * <p>Rows are stored by reference (post index, author and follower nodes, period, label: 13 bytes and a bit a row) and a
 * row's features are assembled on demand from the per-user features and the post's code. Storing the features
 * themselves (154 floats a row) does not fit a paper-size clone in memory: the source user's posts times its
 * thousands of followers alone are millions of rows.
 *
 * <p>Leave-one-out edges: N_A's edges come from the Periods I-II reshares themselves (Eq 1), so an exposure of a
 * Periods I-II post along an edge whose only evidence is that very reshare would be positive by construction.
 * Such rows are left out (the edge is kept only when other reshares attest it). Without this a 2,000-user world
 * learns the edge rule rather than the reshare behaviour (Periods I-II positive rate 19% vs 2% in Period III);
 * the paper's 35-million-tweet history dilutes the effect, a small synthetic one does not.
 */
public final class ExposureSet {
    private static final Period[] PERIODS = Period.values();

    private final InfectionFeatures features;
    private final float[][] postCode;
    private final SpreadNetwork net;
    private final int[] postIndex;
    private final int[] author;
    private final int[] follower;
    private final byte[] period;
    private final BitSet positive;

    private ExposureSet(InfectionFeatures features, float[][] postCode, SpreadNetwork net, int[] postIndex,
                        int[] author, int[] follower, byte[] period, BitSet positive) {
        this.features = features;
        this.postCode = postCode;
        this.net = net;
        this.postIndex = postIndex;
        this.author = author;
        this.follower = follower;
        this.period = period;
        this.positive = positive;
    }

    /** Exposures of the posts of {@code periods}; {@code postCode[i]} is the reduced embedding of post i. */
    public static ExposureSet of(BaseHistory history, DigitalClone clone, InfectionFeatures features,
                                 float[][] postCode, Set<Period> periods) {
        SpreadNetwork net = clone.network();
        IntArrayList posts = new IntArrayList(), authors = new IntArrayList(), followers = new IntArrayList();
        IntArrayList rowPeriods = new IntArrayList();
        BitSet labels = new BitSet();
        List<BasePost> all = history.posts();
        for (int i = 0; i < all.size(); i++) {
            BasePost p = all.get(i);
            int a = clone.node(p.author());
            if (!periods.contains(p.period()) || a < 0) {
                continue;
            }
            for (int e = net.firstEdge(a); e < net.endEdge(a); e++) {
                int f = net.target(e);
                boolean reshared = history.reshared(i, net.userId(f));
                if (reshared && p.period() != Period.III && history.retweetCount(p.author(), net.userId(f)) <= 1) {
                    continue;
                }
                labels.set(posts.size(), reshared);
                posts.add(i);
                authors.add(a);
                followers.add(f);
                rowPeriods.add(p.period().ordinal());
            }
        }
        byte[] period = new byte[rowPeriods.size()];
        for (int r = 0; r < period.length; r++) period[r] = (byte) rowPeriods.getInt(r);
        return new ExposureSet(features, postCode, net, posts.toIntArray(), authors.toIntArray(),
                followers.toIntArray(), period, labels);
    }

    public static Set<Period> periods(Period... p) {
        return EnumSet.copyOf(List.of(p));
    }

    public int size() {
        return postIndex.length;
    }

    public int width() {
        return features.width();
    }

    /** The feature row r, assembled now (it is not stored). */
    public double[] row(int r) {
        double[] out = new double[width()];
        row(r, out);
        return out;
    }

    /** Writes the feature row r into {@code out} (length {@link #width()}). */
    public void row(int r, double[] out) {
        features.row(author[r], follower[r], postCode[postIndex[r]], out);
    }

    public boolean positive(int r) {
        return positive.get(r);
    }

    public Period period(int r) {
        return PERIODS[period[r]];
    }

    public int postIndex(int r) {
        return postIndex[r];
    }

    /** User id of the exposed follower of row r. */
    public long follower(int r) {
        return net.userId(follower[r]);
    }

    public long positives() {
        return positive.cardinality();
    }
}
