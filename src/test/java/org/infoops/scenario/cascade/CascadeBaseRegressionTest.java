package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.infoops.model.cascade.CountermeasureSweeps.Point;
import org.junit.jupiter.api.Test;

/**
 * cascade/base at 300 trials per point pins the paper's qualitative results: nine communities (Fig 1A), infections
 * fall as more top spreaders are blocked (Fig 8A) and as more of the most infectious community is inoculated
 * (Fig 8B), and the seed-post topic matters (Fig 8C), while the static baseline is topic-blind.
 */
class CascadeBaseRegressionTest {

    @Test
    void baseScenarioReproducesThePapersQualitativeResults() {
        CascadeScenario s = new ScenarioLoader().load("cascade/base", CascadeBinder.Loaded.class).scenario().withTrials(300);
        CascadeStudy.Outcome o = CascadeStudy.run(s, Path.of("."), 2, new TrainedModelCache());
        assertEquals(10_000, o.world().network().nodeCount());
        assertEquals(9, o.world().network().communityCount(), "Leiden finds the nine planted communities");

        List<Point> blocking = o.blocking();
        for (int i = 1; i < blocking.size(); i++) {
            assertTrue(blocking.get(i).meanInfections() <= blocking.get(i - 1).meanInfections(), blocking.toString());
        }
        assertTrue(blocking.get(1).meanInfections() < 0.75 * blocking.get(0).meanInfections(),
                "blocking the top 10 spreaders cuts infections sharply: " + blocking);

        List<Point> inoculation = o.inoculation();
        for (int i = 1; i < inoculation.size(); i++) {
            assertTrue(inoculation.get(i).meanInfections() <= inoculation.get(i - 1).meanInfections() * 1.03, inoculation.toString());
        }
        assertTrue(inoculation.get(inoculation.size() - 1).meanInfections() < 0.8 * inoculation.get(0).meanInfections(), inoculation.toString());

        double max = o.topics().stream().mapToDouble(Point::meanInfections).max().orElseThrow();
        double min = o.topics().stream().mapToDouble(Point::meanInfections).min().orElseThrow();
        assertTrue(max > 2 * min, "topic sensitivity: " + o.topics());

        CascadeScenario baseline = new ScenarioLoader().load("cascade/static", CascadeBinder.Loaded.class).scenario()
                .withTrials(300).withAnalyses(List.of(CascadeScenario.Analysis.TOPICS));
        List<Point> flat = CascadeStudy.run(baseline, Path.of("."), 2, new TrainedModelCache()).topics();
        double fmax = flat.stream().mapToDouble(Point::meanInfections).max().orElseThrow();
        double fmin = flat.stream().mapToDouble(Point::meanInfections).min().orElseThrow();
        assertEquals(fmax, fmin, 1e-9, "the static model is topic-agnostic (same streams, same cascades)");
    }
}
