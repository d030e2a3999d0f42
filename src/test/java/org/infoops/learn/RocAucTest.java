package org.infoops.learn;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RocAucTest {
    @Test
    void handExample() {
        // positives 0.35, 0.8 vs negatives 0.1, 0.4: 0.35>0.1, 0.35<0.4, 0.8>0.1, 0.8>0.4 -> 3 of 4 pairs
        assertEquals(0.75, RocAuc.of(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {false, false, true, true}), 1e-15);
    }

    @Test
    void tiesCountHalf() {
        // positives 0.5, 0.9 vs negatives 0.5, 0.2: tie (1/2) + 1 + 1 + 1 = 3.5 of 4 pairs
        assertEquals(0.875, RocAuc.of(new double[] {0.5, 0.5, 0.2, 0.9}, new boolean[] {true, false, false, true}), 1e-15);
        assertEquals(0.5, RocAuc.of(new double[] {0.3, 0.3, 0.3}, new boolean[] {true, false, true}), 1e-15);
    }

    @Test
    void undefinedWithOneClass() {
        assertTrue(Double.isNaN(RocAuc.of(new double[] {0.1, 0.2}, new boolean[] {true, true})));
    }

    @Test
    void agreesWithCountingAllPairs() {
        Random r = new Random(5);
        int n = 300;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = r.nextInt(20) / 20.0; // many ties
            y[i] = r.nextDouble() < 0.3 + 0.4 * s[i];
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] && !y[j]) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, RocAuc.of(s, y), 1e-12);
    }

    @Test
    void classifierOverload() {
        ProbabilisticClassifier c = x -> x[0];
        java.util.List<Example> rows = java.util.List.of(new Example(new double[] {0.1}, false), new Example(new double[] {0.4}, false),
                new Example(new double[] {0.35}, true), new Example(new double[] {0.8}, true));
        assertEquals(0.75, RocAuc.of(c, rows), 1e-15);
    }
}
