package org.infoops.model.cascade.infer;

import org.infoops.learn.RocAuc;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class PolynomialCalibrationTest {

    @Test
    void nnlsMatchesUnconstrainedWhenThatIsFeasibleAndClampsOtherwise() {
        // b = 2*x1 + 3*x2 exactly: the unconstrained solution is feasible and must be found
        double[][] a = {{1, 0}, {0, 1}, {1, 1}, {2, 1}};
        double[] b = {2, 3, 5, 7};
        double[] c = NonNegativeLeastSquares.solve(a, b);
        assertArrayEquals(new double[] {2, 3}, c, 1e-9);
        // b = 2*x1 - 1*x2: the constrained optimum sets c2 = 0 and refits c1 alone
        double[] b2 = {2, -1, 1, 3};
        double[] c2 = NonNegativeLeastSquares.solve(a, b2);
        assertEquals(0, c2[1], 1e-12);
        double expected = (1 * 2 + 0 * -1 + 1 * 1 + 2 * 3) / (1.0 + 0 + 1 + 4);   // least squares on column 1
        assertEquals(expected, c2[0], 1e-9);
    }

    @Test
    void calibrationIsMonotoneWithNonNegativeCoefficientsAndTracksTheTrueRate() {
        // scores s, true reshare probability s^2 / 2 (a tree that over-states probabilities)
        UniformRandomProvider rng = new RandomStreams(3).stream("calibration");
        int n = 200_000;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = rng.nextDouble();
            positive[i] = rng.nextDouble() < scores[i] * scores[i] / 2;
        }
        PolynomialCalibration cal = PolynomialCalibration.fit(scores, positive, 100, 11);
        assertEquals(12, cal.coefficients().length, "degree 11 has 12 coefficients");
        for (double c : cal.coefficients()) assertTrue(c >= 0, "coefficient " + c + " is negative");
        double previous = -1;
        for (int i = 0; i <= 1000; i++) {
            double v = cal.apply(i / 1000.0);
            assertTrue(v >= previous, "calibration decreases at " + i / 1000.0);
            assertTrue(v >= 0 && v <= 1);
            previous = v;
        }
        for (double s : new double[] {0.2, 0.5, 0.8, 0.95}) {
            assertEquals(s * s / 2, cal.apply(s), 0.02, "calibrated rate at score " + s);
        }
        assertEquals(100, cal.binScores().length);
    }

    @Test
    void tooFewScoresForTheBinsIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolynomialCalibration.fit(new double[10], new boolean[10], 100, 11));
        assertTrue(e.getMessage().contains("100 quantile bins"), e.getMessage());
    }

    @Test
    void rocAucOfKnownOrderings() {
        boolean[] labels = {false, false, true, true};
        assertEquals(1.0, RocAuc.of(new double[] {0.1, 0.2, 0.8, 0.9}, labels), 1e-12);
        assertEquals(0.0, RocAuc.of(new double[] {0.9, 0.8, 0.2, 0.1}, labels), 1e-12);
        assertEquals(0.5, RocAuc.of(new double[] {0.5, 0.5, 0.5, 0.5}, labels), 1e-12);
        assertEquals(0.75, RocAuc.of(new double[] {0.1, 0.6, 0.5, 0.9}, labels), 1e-12);
    }
}
