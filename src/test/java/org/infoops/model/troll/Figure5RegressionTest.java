package org.infoops.model.troll;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.infoops.learn.Method;
import org.infoops.scenario.troll.TrollScenario;
import org.junit.jupiter.api.Test;

/**
 * Figure 5's ordering on the reduced world (troll/small, 3 seeds): no rescheduling suffers the most attacks,
 * rescheduling with a trained classifier fewer, perfect predictions the fewest (within a tolerance of 5% of the
 * no-rescheduling count), and more training is not worse (6 months within that tolerance of 1 month).
 */
class Figure5RegressionTest {
    @Test
    void orderingHoldsOnTheSmallWorld() {
        TrollScenario s = TrollWorldTest.small();
        AttackExperiment e = new AttackExperiment(s.parameters(), Method.BOOSTED_TREES, AttackExperiment.Training.CENTRALISED);
        double none = 0, one = 0, six = 0, perfect = 0;
        for (int r = 0; r < s.runs(); r++) {
            List<AttackExperiment.Outcome> out = e.run(s.runSeed(r), List.of(1, 6));
            none += out.get(0).attacks();
            one += out.get(1).attacks();
            six += out.get(2).attacks();
            perfect += out.get(3).attacks();
            assertEquals("perfect", out.get(3).condition());
        }
        double tolerance = 0.05 * none;
        assertTrue(none > one && none > six, "no rescheduling must suffer the most: " + none + " vs " + one + ", " + six);
        assertTrue(none > perfect + 0.2 * none, "perfect predictions must avoid a good share: " + perfect + " of " + none);
        assertTrue(six >= perfect - tolerance && one >= perfect - tolerance, "a classifier cannot beat perfect predictions");
        assertTrue(six <= one + tolerance, "more training must not be worse: 6 months " + six + " vs 1 month " + one);
    }
}
