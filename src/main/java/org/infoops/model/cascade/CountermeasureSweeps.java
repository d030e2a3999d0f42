package org.infoops.model.cascade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infoops.kernel.RandomStreams;

/**
 * The paper's countermeasure experiments (section "Countermeasure evaluation", Fig 8A and 8B) and its topical
 * red-teaming (Fig 8C). Every sweep point reuses the same per-trial random streams (common random numbers), so
 * differences between points come from the countermeasure, not from sampling noise.
 */
public final class CountermeasureSweeps {
    private CountermeasureSweeps() {}

    /** One sweep point: the swept value and the trials' mean and standard deviation of infections. */
    public record Point(double x, double meanInfections, double sdInfections, int trials) {
        static Point of(double x, CascadeResult r) {
            double mean = r.meanInfections(), ss = 0;
            for (int v : r.infections()) ss += (v - mean) * (v - mean);
            return new Point(x, mean, r.trials() > 1 ? Math.sqrt(ss / (r.trials() - 1)) : 0, r.trials());
        }
    }

    /**
     * Fig 8A: block the top-k spreaders of {@code base} (a simulation of the same post) for each k. The source user is
     * left out of the ranking: T_S is already posted, and blocking its author would trivially stop every cascade.
     */
    public static List<Point> blocking(CascadeSetup setup, CascadePost post, CascadeResult base, int[] ks,
                                       int trials, RandomStreams streams, int threads) {
        int max = Arrays.stream(ks).max().orElse(0);
        int[] ranked = Arrays.stream(base.topSpreaders(Math.min(max + 1, setup.network().nodeCount())))
                .filter(u -> u != post.author()).limit(max).toArray();
        List<Point> points = new ArrayList<>();
        for (int k : ks) {
            int[] blocked = Arrays.copyOf(ranked, Math.min(k, ranked.length));
            Countermeasures cm = Countermeasures.none(setup.network().nodeCount()).block(blocked);
            points.add(Point.of(k, setup.run(post, cm, trials, streams, threads)));
        }
        return points;
    }

    /**
     * The community whose members caused the most infections in {@code base} (the paper's inoculation target).
     * The seed post's author is left out, as in the Fig 8A ranking: the post is already out, so inoculating its
     * author changes nothing, and counting its first layer would pick the author's community whatever its members do.
     */
    public static int mostInfectiousCommunity(CascadeResult base, int sourceUser) {
        long[] caused = base.infectionsCausedByCommunity(sourceUser);
        int best = 0;
        for (int c = 1; c < caused.length; c++) if (caused[c] > caused[best]) best = c;
        return best;
    }

    /**
     * Fig 8B: inoculate a growing fraction of {@code community}. Members are taken in one seeded random order and
     * each member's reduction is drawn once, so a larger fraction inoculates a superset with the same reductions.
     */
    public static List<Point> inoculation(CascadeSetup setup, CascadePost post, int community, double[] fractions,
                                          double reduction, double reductionSd, int trials, RandomStreams streams, int threads) {
        SpreadNetwork net = setup.network();
        int[] members = membersInRandomOrder(net, community, streams);
        List<Point> points = new ArrayList<>();
        for (double f : fractions) {
            int[] chosen = Arrays.copyOf(members, (int) Math.round(f * members.length));
            Countermeasures cm = Countermeasures.none(net.nodeCount())
                    .inoculate(chosen, reduction, reductionSd, streams.stream("inoculation-reduction"));
            points.add(Point.of(f, setup.run(post, cm, trials, streams, threads)));
        }
        return points;
    }

    static int[] membersInRandomOrder(SpreadNetwork net, int community, RandomStreams streams) {
        int[] members = java.util.stream.IntStream.range(0, net.nodeCount()).filter(u -> net.community(u) == community).toArray();
        var rng = streams.stream("inoculation-order");
        for (int i = members.length - 1; i > 0; i--) { // Fisher-Yates with our own seeded stream
            int j = rng.nextInt(i + 1);
            int t = members[i];
            members[i] = members[j];
            members[j] = t;
        }
        return members;
    }

    /** Fig 8C: the same trials for each seed post (e.g. one per misinformation topic and a cooking baseline). */
    public static List<Point> topics(CascadeSetup setup, List<CascadePost> posts, int trials, RandomStreams streams, int threads) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            points.add(Point.of(i, setup.run(posts.get(i), trials, streams, threads)));
        }
        return points;
    }
}
