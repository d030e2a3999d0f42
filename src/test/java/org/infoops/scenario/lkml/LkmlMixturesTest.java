package org.infoops.scenario.lkml;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infoops.learn.Method;
import org.infoops.model.lkml.Configuration;
import org.infoops.model.lkml.MixturePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mixture grid end to end on the small world (2 seeds, a 3 x 3 grid): thread-independent, complete outputs. */
class LkmlMixturesTest {
    static LkmlScenario small() {
        LkmlScenario s = new ScenarioLoader().load("lkml/small", LkmlScenario.class).withRuns(2);
        return s.withMixtures(new LkmlScenario.Mixtures(List.of(0.0, 0.5, 1.0), List.of(Method.BOOSTED_TREES, Method.LOGISTIC)));
    }

    @Test
    void gridOverSeedsWritesTheFiguresAndTheClaims(@TempDir Path tmp) throws Exception {
        LkmlMixtures serial = new LkmlMixtures(small(), List.of(Configuration.values()));
        List<MixturePipeline.SeedResult> one = serial.run(1, s -> { });
        List<MixturePipeline.SeedResult> two = new LkmlMixtures(small(), List.of(Configuration.values())).run(2, s -> { });
        assertEquals(one, two, "results do not depend on the thread count");
        assertEquals(2 * 2 * 8, one.get(0).cells().size(), "2 configurations x 2 learners x 8 cells");
        for (MixturePipeline.CellResult c : one.get(0).cells()) {
            assertTrue(c.ksD() >= 0 && c.ksD() <= 1, "KS D in [0, 1]: " + c);
            assertTrue(c.rmse() > 0 && c.rmse() < 1, "RMSE in (0, 1): " + c);
            assertTrue(c.rows() > 0);
        }
        Path out = tmp.resolve("figures");
        LkmlOutputs.write(out, serial, one);
        for (String f : List.of("grid.csv", "grid_runs.csv", "claims.csv", "pools.csv", "figure3a.png", "figure3b.png", "figure3c.png",
                "figure3d.png", "figure4a.png", "figure4d-logistic.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> grid = Files.readAllLines(out.resolve("grid.csv"));
        assertEquals(1 + 32, grid.size());
        assertTrue(grid.get(1).matches("I,boosted_trees,0\\.0,0\\.5,2,.*"), grid.get(1));
        List<String> claims = Files.readAllLines(out.resolve("claims.csv"));
        assertTrue(claims.stream().anyMatch(l -> l.startsWith("II,logistic,rmse,match_all_real,0.5,")), claims.toString());
        assertFalse(claims.stream().anyMatch(l -> l.contains("add_25pct")), "no 25% share in this grid, so no such claim");
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(out), left.toList(), "nothing staged is left behind");
        }
    }

    @Test
    void claimsCompareTheRightCellsPairedBySeed() {
        Configuration c = Configuration.I;
        Method m = Method.BOOSTED_TREES;
        // Two seeds: real-only (1, 0) scores D 0.20 / 0.30; (1, 0.25) 0.22 / 0.33, i.e. +10% in both seeds.
        List<MixturePipeline.SeedResult> r = List.of(
                new MixturePipeline.SeedResult(1, null, List.of(cell(c, m, 1, 1, 0, 0.20, 0.30), cell(c, m, 1, 1, 0.25, 0.22, 0.27),
                        cell(c, m, 1, 0.5, 0, 0.1, 0.4), cell(c, m, 1, 0.5, 0.25, 0.2, 0.3))),
                new MixturePipeline.SeedResult(2, null, List.of(cell(c, m, 2, 1, 0, 0.30, 0.20), cell(c, m, 2, 1, 0.25, 0.33, 0.18),
                        cell(c, m, 2, 0.5, 0, 0.1, 0.4), cell(c, m, 2, 0.5, 0.25, 0.3, 0.2))));
        List<MixtureClaims.Claim> claims = MixtureClaims.of(r, List.of(0.0, 0.25, 0.5, 1.0));
        MixtureClaims.Claim add = claims.stream().filter(x -> x.claim().equals("add_25pct_synthetic") && x.realShare() == 1.0
                && x.measure() == MixtureClaims.Measure.KS_D).findFirst().orElseThrow();
        assertEquals(0.10, add.improvement().mean(), 1e-12);
        assertEquals(0.10, add.improvement().low(), 1e-9, "no spread between seeds");
        assertTrue(add.holds());
        MixtureClaims.Claim rmse = claims.stream().filter(x -> x.claim().equals("add_25pct_synthetic") && x.realShare() == 1.0
                && x.measure() == MixtureClaims.Measure.RMSE).findFirst().orElseThrow();
        assertEquals(0.10, rmse.improvement().mean(), 1e-12, "RMSE 0.30 -> 0.27 and 0.20 -> 0.18: 10% lower is 10% better");
        MixtureClaims.Claim match = claims.stream().filter(x -> x.claim().equals("match_all_real") && x.realShare() == 0.5
                && x.measure() == MixtureClaims.Measure.KS_D).findFirst().orElseThrow();
        assertEquals(0.25, match.syntheticShare(), "the best synthetic share by mean");
        assertEquals(0.25, match.value(), 1e-12);
        assertEquals(0.25, match.reference(), 1e-12, "the reference is all real data alone");
    }

    static MixturePipeline.CellResult cell(Configuration c, Method m, long seed, double r, double s, double d, double rmse) {
        return new MixturePipeline.CellResult(c, m, seed, r, s, 100, 10, d, rmse, 0.6);
    }
}
