package org.infoops.env;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every environment states its footprint from its options before it builds anything, so a server can budget it. */
class FootprintTest {
    @Test
    void everyEnvironmentAsksItsBudgetOnceWithAPlausibleEstimate() {
        for (EnvironmentInfo info : Environments.list()) {
            List<Footprint> asked = new ArrayList<>();
            try (Environment env = BuiltinEnvironments.registry().make(info.id(), Options.empty().withBudget(asked::add))) {
                assertEquals(1, asked.size(), info.id() + " must call Options.admit once");
                Footprint f = asked.get(0);
                assertTrue(f.bytes() > 0 && f.bytes() < (2L << 30), info.id() + ": " + f);
                assertTrue(f.work() > 0 && f.work() < 100_000_000L, info.id() + ": " + f);
                assertTrue(info.optionNames().contains(f.option()), info.id() + " names an option it has: " + f);
            }
        }
    }

    @Test
    void aRefusedBudgetStopsTheEnvironmentBeforeItIsBuilt() {
        Budget none = f -> {
            throw new BudgetExceededException("over: " + f);
        };
        long t0 = System.nanoTime();
        assertThrows(BudgetExceededException.class, () -> BuiltinEnvironments.registry()
                .make("diluvsion/bot-fleet-v0", Options.of(java.util.Map.of("agents", 10_000_000)).withBudget(none)));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
    }

    @Test
    void estimatesSaturateInsteadOfOverflowing() {
        assertEquals(Long.MAX_VALUE, Footprint.times(1e10, 1e10, 1e10));
        assertEquals("1.5 GiB", Footprint.bytesText(3L << 29));
    }
}
