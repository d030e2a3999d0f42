package org.infoops.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.stream.IntStream;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

class TrainingMixturesTest {
    @Test
    void gridLeavesOutTheEmptyCellAndSharesAreNestedPrefixes() {
        List<TrainingMixtures.Cell> g = TrainingMixtures.grid(List.of(0.0, 0.25, 0.5, 0.75, 1.0));
        assertEquals(24, g.size());
        assertFalse(g.contains(new TrainingMixtures.Cell(0, 0)));
        List<Integer> pool = IntStream.range(0, 10).boxed().toList();
        List<Integer> shuffled = TrainingMixtures.shuffled(pool, new RandomStreams(1).stream("x"));
        assertEquals(pool, shuffled.stream().sorted().toList(), "a permutation");
        assertEquals(shuffled, TrainingMixtures.shuffled(pool, new RandomStreams(1).stream("x")), "seeded");
        assertEquals(3, TrainingMixtures.share(shuffled, 0.25).size(), "round(2.5) = 3");
        assertEquals(TrainingMixtures.share(shuffled, 0.5), TrainingMixtures.share(shuffled, 0.75).subList(0, 5), "nested");
        List<Integer> mix = TrainingMixtures.mixture(shuffled, List.of(100, 101, 102, 103), new TrainingMixtures.Cell(0.5, 0.5));
        assertEquals(List.of(shuffled.get(0), shuffled.get(1), shuffled.get(2), shuffled.get(3), shuffled.get(4), 100, 101), mix);
        assertThrows(IllegalArgumentException.class, () -> TrainingMixtures.share(shuffled, 1.5));
    }

    @Test
    void ksDAndRmseByHand() {
        boolean[] y = {true, true, false, false};
        assertEquals(1.0, PredictionScores.ksD(new double[] {0.9, 0.8, 0.2, 0.1}, y), 1e-12, "perfect separation");
        assertEquals(0.0, PredictionScores.ksD(new double[] {0.5, 0.5, 0.5, 0.5}, y), 1e-12, "no separation");
        assertEquals(0.5, PredictionScores.ksD(new double[] {0.9, 0.1, 0.2, 0.05}, y), 1e-12, "CDFs differ by 1/2 at most");
        assertTrue(Double.isNaN(PredictionScores.ksD(new double[] {0.1, 0.2}, new boolean[] {true, true})));
        // errors 0.1, 0.2, 0.2, 0.1: sqrt(mean of squares) = sqrt(0.025)
        assertEquals(Math.sqrt(0.025), PredictionScores.rmse(new double[] {0.9, 0.8, 0.2, 0.1}, y), 1e-12);
    }
}
