package org.infoops.model.cascade.infer;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.CascadeEngine;
import org.infoops.model.cascade.CascadePost;
import org.infoops.model.cascade.CascadeResult;
import org.infoops.model.cascade.CascadeTrials;
import org.infoops.model.cascade.Countermeasures;
import org.infoops.model.cascade.InfectionModel;
import org.infoops.model.cascade.Mutation;
import org.infoops.model.cascade.SpreadNetwork;
import org.infoops.model.cascade.StaticInfectionModel;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseRetweet;
import org.infoops.model.cascade.base.Period;

import java.util.ArrayList;
import java.util.List;

/**
 * The paper's validation of the clone against its base network (section "Results"):
 * <ul>
 *   <li>Fig 6: Period III posts seeded (i) across users and (ii) from the source user u_S, each ABM run truncated
 *       after the first infection layer; predicted vs recorded infections in N_A, as rates per author follower,
 *       Pearson correlation in log space and a linear fit;</li>
 *   <li>Fig 7A: community infection rates of T_S, model-driven ABM vs the base history, mean absolute error,
 *       against the static-probability ABM whose rate is the average reshare rate in N_A.</li>
 * </ul>
 * Log space: log10((infections + 0.5) / followers), a half-infection continuity correction so posts nobody
 * reshared stay on the plot (the paper does not say how it treated zeros).
 */
public final class CloneValidation {
    private CloneValidation() {}

    /** One seeded post: ABM-predicted mean first-layer infections vs recorded infections in N_A. */
    public record PostComparison(long postId, long author, int followers, double predicted, int observedAll,
                                 int observedFirstLayer) {
        public double logPredicted() { return Math.log10((predicted + 0.5) / followers); }
        public double logObserved() { return Math.log10((observedAll + 0.5) / followers); }
        public double logObservedFirstLayer() { return Math.log10((observedFirstLayer + 0.5) / followers); }
    }

    /** Pearson correlation in log space with its p-value, and the least-squares line observed = a + b * predicted. */
    public record Fit(int n, double pearson, double pValue, double intercept, double slope) {
        static Fit of(double[] x, double[] y) {
            if (x.length < 3) return new Fit(x.length, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            double[][] xy = new double[x.length][];
            SimpleRegression reg = new SimpleRegression();
            for (int i = 0; i < x.length; i++) {
                xy[i] = new double[] {x[i], y[i]};
                reg.addData(x[i], y[i]);
            }
            PearsonsCorrelation pc = new PearsonsCorrelation(xy);
            return new Fit(x.length, pc.getCorrelationMatrix().getEntry(0, 1), pc.getCorrelationPValues().getEntry(0, 1),
                    reg.getIntercept(), reg.getSlope());
        }
    }

    public record Figure6(List<PostComparison> acrossUsers, Fit acrossFit, Fit acrossFirstLayerFit,
                          List<PostComparison> sourceUser, Fit sourceFit, Fit sourceFirstLayerFit) {}

    /** Fig 7A: per-community infection rates and the MAE of each ABM against the base history. */
    public record Communities(long sourcePostId, double[] observed, double[] model, double[] staticBaseline,
                              double staticRate, double modelMae, double staticMae) {}

    /** QM(u): each user's empirical quote share of its Periods I-II reshares (paper, SEI pseudocode). */
    public static float[] quoteProbabilities(BaseHistory history, DigitalClone clone) {
        int n = clone.network().nodeCount();
        int[] quotes = new int[n], reshares = new int[n];
        for (BaseRetweet r : history.world().retweets()) {
            int v = clone.node(r.retweeter());
            if (v >= 0 && Period.of(r.time()) != Period.III) {
                reshares[v]++;
                if (r.quote()) quotes[v]++;
            }
        }
        float[] q = new float[n];
        for (int v = 0; v < n; v++) q[v] = reshares[v] == 0 ? 0 : quotes[v] / (float) reshares[v];
        return q;
    }

    public static Figure6 figure6(TrainedInfection t, int acrossPosts, int sourcePosts, int trials, long seed, int threads) {
        BaseHistory h = t.history();
        DigitalClone clone = t.network();
        long source = h.sourceUser();
        List<Integer> across = new ArrayList<>(), fromSource = new ArrayList<>();
        for (int i = 0; i < h.posts().size(); i++) {
            BasePost p = h.posts().get(i);
            int a = clone.node(p.author());
            if (p.period() != Period.III || a < 0 || clone.network().followerCount(a) == 0) continue;
            (p.author() == source ? fromSource : across).add(i);
        }
        RandomStreams streams = new RandomStreams(seed);
        List<Integer> acrossSample = sample(across, acrossPosts, streams.stream("figure6-across"));
        List<Integer> sourceSample = sample(fromSource, sourcePosts, streams.stream("figure6-source"));
        float[] quote = quoteProbabilities(h, clone);
        List<PostComparison> a = compare(t, acrossSample, quote, trials, streams.child("across"), threads);
        List<PostComparison> s = compare(t, sourceSample, quote, trials, streams.child("source"), threads);
        return new Figure6(a, fit(a, false), fit(a, true), s, fit(s, false), fit(s, true));
    }

    private static List<PostComparison> compare(TrainedInfection t, List<Integer> posts, float[] quote, int trials,
                                                RandomStreams streams, int threads) {
        DigitalClone clone = t.network();
        SpreadNetwork net = clone.network();
        List<PostComparison> out = new ArrayList<>();
        for (int i : posts) {
            BasePost p = t.history().posts().get(i);
            CascadePost post = new CascadePost(p.postId(), clone.node(p.author()), p.text(), p.topic());
            CascadeEngine engine = new CascadeEngine(net, post, t.model().forPostFirstLayer(post), t.model(), quote,
                    Mutation.KEEP_TEXT, Countermeasures.none(net.nodeCount()), 1);
            CascadeResult r = CascadeTrials.run(engine, trials, streams.child("post", p.postId()), threads);
            out.add(new PostComparison(p.postId(), p.author(), net.followerCount(post.author()), r.meanInfections(),
                    inClone(t.history().resharers(i), clone), inClone(t.history().firstLayer(i), clone)));
        }
        return out;
    }

    public static Communities communities(TrainedInfection t, int trials, long seed, int threads) {
        BaseHistory h = t.history();
        DigitalClone clone = t.network();
        SpreadNetwork net = clone.network();
        BasePost ts = h.posts().get(clone.sourcePost());
        CascadePost post = new CascadePost(ts.postId(), clone.node(ts.author()), ts.text(), ts.topic());
        int[] size = net.communitySizes();
        double[] observed = new double[size.length];
        for (long u : h.resharers(clone.sourcePost())) {
            int v = clone.node(u);
            if (v >= 0) observed[net.community(v)]++;
        }
        for (int c = 0; c < size.length; c++) observed[c] /= size[c];
        var held = t.evaluations().get(TestSet.HELD_OUT_I_II);
        double rate = held.positives() / (double) held.rows();
        float[] quote = quoteProbabilities(h, clone);
        RandomStreams streams = new RandomStreams(seed);
        double[] model = run(net, post, t.model(), quote, trials, streams.child("model"), threads);
        double[] baseline = run(net, post, new StaticInfectionModel(rate), quote, trials, streams.child("static"), threads);
        return new Communities(ts.postId(), observed, model, baseline, rate, mae(model, observed), mae(baseline, observed));
    }

    private static double[] run(SpreadNetwork net, CascadePost post, InfectionModel m, float[] quote, int trials,
                                RandomStreams streams, int threads) {
        CascadeEngine engine = new CascadeEngine(net, post, m.forPost(post, net), m, quote, Mutation.KEEP_TEXT,
                Countermeasures.none(net.nodeCount()), Integer.MAX_VALUE);
        return CascadeTrials.run(engine, trials, streams, threads).communityRates();
    }

    /** One alpha of the paper's scan: mean ABM infections of T_S in N_A against the recorded count. */
    public record AlphaPoint(double alpha, double meanInfections, int observed) {}

    /**
     * The paper's choice of alpha (section "Results": "We explored a range of values and found that alpha = 3.0
     * resulted in total infection numbers in our cloned network similar to that observed"): full ABM runs of T_S
     * for each alpha, beside the number of N_A users who reshared T_S in the base history.
     */
    public static List<AlphaPoint> alphaScan(TrainedInfection t, double[] alphas, int trials, long seed, int threads) {
        DigitalClone clone = t.network();
        SpreadNetwork net = clone.network();
        BasePost ts = t.history().posts().get(clone.sourcePost());
        CascadePost post = new CascadePost(ts.postId(), clone.node(ts.author()), ts.text(), ts.topic());
        int observed = inClone(t.history().resharers(clone.sourcePost()), clone);
        float[] quote = quoteProbabilities(t.history(), clone);
        List<AlphaPoint> out = new ArrayList<>();
        for (double a : alphas) {
            CalibratedInfectionModel m = t.model().withAlpha(a);
            CascadeEngine engine = new CascadeEngine(net, post, m.forPost(post, net), m, quote, Mutation.KEEP_TEXT,
                    Countermeasures.none(net.nodeCount()), Integer.MAX_VALUE);
            double mean = CascadeTrials.run(engine, trials, new RandomStreams(seed).child("alpha"), threads).meanInfections();
            out.add(new AlphaPoint(a, mean, observed));
        }
        return out;
    }

    static double mae(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return s / a.length;
    }

    private static int inClone(long[] users, DigitalClone clone) {
        int c = 0;
        for (long u : users) if (clone.node(u) >= 0) c++;
        return c;
    }

    private static Fit fit(List<PostComparison> list, boolean firstLayer) {
        double[] x = list.stream().mapToDouble(PostComparison::logPredicted).toArray();
        double[] y = list.stream().mapToDouble(firstLayer ? PostComparison::logObservedFirstLayer : PostComparison::logObserved).toArray();
        return Fit.of(x, y);
    }

    /** A seeded sample without replacement of at most {@code k} items, kept in their original order. */
    private static List<Integer> sample(List<Integer> items, int k, org.apache.commons.rng.UniformRandomProvider rng) {
        int[] idx = items.stream().mapToInt(Integer::intValue).toArray();
        int m = Math.min(k, idx.length);
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(idx.length - i);
            int tmp = idx[i]; idx[i] = idx[j]; idx[j] = tmp;
        }
        int[] chosen = java.util.Arrays.copyOf(idx, m);
        java.util.Arrays.sort(chosen);
        List<Integer> out = new ArrayList<>();
        for (int c : chosen) out.add(c);
        return out;
    }
}
