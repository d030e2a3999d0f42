package org.infoops.model.cascade.infer;

import it.unimi.dsi.fastutil.floats.FloatArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.Period;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Labelled exposures: every follower (in N_A) of a post's author is assumed exposed, and the row is positive when
 * that follower reshared the post (paper, section "Infection model": "a lack of reshare between a user and their
 * follower will be labeled as a negative event"). Rows are stored flat (float) to keep 10^5 rows small.
 *
 * <p>Leave-one-out edges: N_A's edges come from the Periods I-II reshares themselves (Eq 1), so an exposure of a
 * Periods I-II post along an edge whose only evidence is that very reshare would be positive by construction.
 * Such rows are left out (the edge is kept only when other reshares attest it). Without this a 2,000-user world
 * learns the edge rule rather than the reshare behaviour (Periods I-II positive rate 19% vs 2% in Period III);
 * the paper's 35-million-tweet history dilutes the effect, a small synthetic one does not.
 */
public final class ExposureSet {
    private final int width;
    private final float[] values;
    private final boolean[] positive;
    private final Period[] period;
    private final int[] postIndex;
    private final long[] follower;

    private ExposureSet(int width, float[] values, boolean[] positive, Period[] period, int[] postIndex, long[] follower) {
        this.width = width;
        this.values = values;
        this.positive = positive;
        this.period = period;
        this.postIndex = postIndex;
        this.follower = follower;
    }

    /** Exposures of the posts of {@code periods}; {@code postCode[i]} is the reduced embedding of post i. */
    public static ExposureSet of(BaseHistory history, DigitalClone clone, InfectionFeatures features,
                                 float[][] postCode, Set<Period> periods) {
        SpreadNetwork net = clone.network();
        FloatArrayList values = new FloatArrayList();
        java.util.BitSet labels = new java.util.BitSet();
        int count = 0;
        java.util.ArrayList<Period> rowPeriods = new java.util.ArrayList<>();
        IntArrayList posts = new IntArrayList();
        it.unimi.dsi.fastutil.longs.LongArrayList followers = new it.unimi.dsi.fastutil.longs.LongArrayList();
        double[] row = new double[features.width()];
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
                features.row(a, f, postCode[i], row);
                for (double x : row) {
                    values.add((float) x);
                }
                labels.set(count++, reshared);
                rowPeriods.add(p.period());
                posts.add(i);
                followers.add(net.userId(f));
            }
        }
        boolean[] positive = new boolean[count];
        for (int r = 0; r < count; r++) positive[r] = labels.get(r);
        return new ExposureSet(features.width(), values.toFloatArray(), positive,
                rowPeriods.toArray(new Period[0]), posts.toIntArray(), followers.toLongArray());
    }

    public static Set<Period> periods(Period... p) {
        return EnumSet.copyOf(List.of(p));
    }

    public int size() {
        return positive.length;
    }

    public int width() {
        return width;
    }

    public double[] row(int r) {
        double[] out = new double[width];
        for (int j = 0; j < width; j++) {
            out[j] = values[r * width + j];
        }
        return out;
    }

    public boolean positive(int r) {
        return positive[r];
    }

    public Period period(int r) {
        return period[r];
    }

    public int postIndex(int r) {
        return postIndex[r];
    }

    /** User id of the exposed follower of row r. */
    public long follower(int r) {
        return follower[r];
    }

    public long positives() {
        long c = 0;
        for (boolean b : positive) if (b) c++;
        return c;
    }
}
