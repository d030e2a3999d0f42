package org.infoops.model.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

/** Blocking more spreaders and inoculating more of a community never increase mean infections (Fig 8A, 8B). */
class CountermeasureRegressionTest {
    static final SpreadNetwork NET = CascadeEngineTest.smallWorld(3000, 21);
    static final CascadeSetup SETUP = CascadeSetup.of(NET, new StaticInfectionModel(0.08));
    static final CascadePost POST = new CascadePost(3, CascadeEngineTest.hub(NET), "post", -1);
    static final RandomStreams STREAMS = new RandomStreams(99);
    static final CascadeResult BASE = SETUP.run(POST, 300, STREAMS.child("base"), 2);

    @Test
    void blockingMoreTopSpreadersNeverIncreasesInfections() {
        List<CountermeasureSweeps.Point> points = CountermeasureSweeps.blocking(SETUP, POST, BASE,
                new int[] {0, 5, 20, 80, 300}, 300, STREAMS.child("sweep"), 2);
        assertTrue(points.get(0).meanInfections() > 50, "the unblocked cascade must be large enough to measure: " + points.get(0));
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).meanInfections() <= points.get(i - 1).meanInfections(), points.toString());
        }
        assertTrue(points.get(points.size() - 1).meanInfections() < 0.5 * points.get(0).meanInfections(), points.toString());
    }

    @Test
    void inoculatingMoreOfTheCommunityNeverIncreasesInfections() {
        int community = CountermeasureSweeps.mostInfectiousCommunity(BASE, POST.author());
        List<CountermeasureSweeps.Point> points = CountermeasureSweeps.inoculation(SETUP, POST, community,
                new double[] {0, 0.25, 0.5, 1.0}, 0.20, 0.02, 300, STREAMS.child("sweep"), 2);
        assertEquals(BASE.meanInfections(), points.get(0).meanInfections(), 1e-9 + 0.2 * BASE.meanInfections());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).meanInfections() <= points.get(i - 1).meanInfections(), points.toString());
        }
        assertTrue(points.get(3).meanInfections() < points.get(0).meanInfections(), points.toString());
    }

    @Test
    void inoculationDrawsReductionsAroundTwentyPercent() {
        int[] all = java.util.stream.IntStream.range(0, NET.nodeCount()).toArray();
        Countermeasures cm = Countermeasures.none(NET.nodeCount()).inoculate(all, 0.20, 0.02, new RandomStreams(5).stream("r"));
        double sum = 0, min = 1, max = 0;
        for (int u : all) {
            double r = 1 - cm.receptiveness(u);
            sum += r;
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        assertEquals(0.20, sum / all.length, 0.002);
        assertTrue(min > 0.12 && max < 0.28, min + " " + max);
    }
}
