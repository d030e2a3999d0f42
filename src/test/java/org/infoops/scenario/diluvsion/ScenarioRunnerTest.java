package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioRunException;
import org.infoops.scenario.StagedDirectory;

import org.infoops.model.diluvsion.DiluvsionRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioRunnerTest {
    @TempDir
    Path dir;

    @Test
    void sinksSeeRunsInIndexOrderWhateverFinishesFirst() {
        DiluvsionScenario s = TestScenarios.small("a", "a", 6, 20);
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        List<List<Integer>> results = new DiluvsionRunner(new FakeRuns(x -> 0, true), 6, RunProgress.NONE)
                .run(List.of(s), sc -> new RunSink<>() {
                    final List<Integer> order = new ArrayList<>();

                    @Override
                    public void accept(DiluvsionRun run, RunTiming timing) {
                        order.add(run.run());
                        seen.add(run.run());
                    }

                    @Override
                    public List<Integer> complete() {
                        return order;
                    }

                    @Override
                    public void abort() {}
                });
        assertEquals(List.of(0, 1, 2, 3, 4, 5), results.get(0));
        assertEquals(List.of(0, 1, 2, 3, 4, 5), seen);
    }

    @Test
    void resultsAndFilesDoNotDependOnTheThreadCount() throws IOException {
        List<DiluvsionScenario> scenarios = List.of(TestScenarios.small("a", "a", 5, 30), TestScenarios.small("b", "a", 5, 30));
        FakeRuns fake = new FakeRuns(s -> s.name().equals("b") ? 40 : 0, true);
        DiluvsionSweepReport one = new DiluvsionSweep(fake, RunProgress.NONE).run(scenarios, new SweepOptions(dir.resolve("t1"), 1, false, true));
        DiluvsionSweepReport many = new DiluvsionSweep(fake, RunProgress.NONE).run(scenarios, new SweepOptions(dir.resolve("t4"), 4, false, true));
        for (int i = 0; i < scenarios.size(); i++) {
            DiluvsionResult a = one.results().get(i);
            DiluvsionResult b = many.results().get(i);
            for (int c = 0; c < a.columns().size(); c++) {
                assertArrayEquals(a.mean()[c], b.mean()[c]);
                assertArrayEquals(a.sd()[c], b.sd()[c]);
                assertArrayEquals(a.end()[c], b.end()[c]);
            }
            for (String f : List.of(DiluvsionWriter.STEPS, DiluvsionWriter.STEPS_MEAN, DiluvsionWriter.TWEETS, DiluvsionWriter.AGENTS)) {
                String name = scenarios.get(i).name();
                assertEquals(Files.readString(dir.resolve("t1").resolve(name).resolve(f)),
                        Files.readString(dir.resolve("t4").resolve(name).resolve(f)), name + "/" + f);
            }
        }
        assertEquals(Files.readString(dir.resolve("t1/table1.csv")), Files.readString(dir.resolve("t4/table1.csv")));
    }

    @Test
    void aFailedRunAbortsItsScenarioAndLeavesFinishedOnesWritten() throws IOException {
        DiluvsionScenario ok = TestScenarios.small("ok", "ok", 2, 10);
        DiluvsionScenario bad = TestScenarios.small("bad", "ok", 4, 10);
        FakeRuns fake = new FakeRuns();
        DiluvsionRunFunction failing = (s, r) -> {
            if (s.name().equals("bad") && r == 2) throw new IllegalStateException("boom");
            return fake.run(s, r);
        };
        Path out = dir.resolve("out");
        ScenarioRunException e = assertThrows(ScenarioRunException.class, () ->
                new DiluvsionSweep(failing, RunProgress.NONE).run(List.of(ok, bad), new SweepOptions(out, 1, false, true)));
        assertTrue(e.getMessage().contains("bad run 2") && e.getMessage().contains("boom"), e.getMessage());
        assertTrue(Files.isRegularFile(out.resolve("ok").resolve(DiluvsionWriter.SUMMARY)), "finished scenario stays");
        assertFalse(Files.exists(out.resolve("bad")), "failed scenario leaves no directory");
        assertFalse(Files.exists(out.resolve(DiluvsionSweep.TABLE1_CSV)));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(StagedDirectory.STAGING)).toList(), "no staging leftovers");
        }
    }

    @Test
    void aRunFunctionReturningTheWrongRunIsAnError() {
        DiluvsionScenario s = TestScenarios.small("a", "a", 2, 5);
        FakeRuns fake = new FakeRuns();
        ScenarioRunException e = assertThrows(ScenarioRunException.class, () -> new DiluvsionSweep((sc, r) -> fake.run(sc, 0),
                RunProgress.NONE).run(List.of(s), new SweepOptions(null, 2, false, false)));
        assertTrue(e.getMessage().contains("a run 1"), e.getMessage());
    }

    @Test
    void duplicateScenarioNamesAreRejected() {
        DiluvsionScenario s = TestScenarios.small("a", "a", 1, 5);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new DiluvsionSweep(new FakeRuns(), RunProgress.NONE)
                .run(List.of(s, s), new SweepOptions(null, 1, false, false)));
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("distinct names"), e.getMessage());
    }

    @Test
    void progressCountsEveryRun() throws IOException {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        RunProgress progress = new RunProgress() {
            @Override
            public void start(long totalRuns) {
                events.add("start " + totalRuns);
            }

            @Override
            public void runFinished(DiluvsionScenario scenario, int runIndex) {
                events.add("run");
            }

            @Override
            public void close() {
                events.add("close");
            }
        };
        new DiluvsionSweep(new FakeRuns(), progress).run(List.of(TestScenarios.small("a", "a", 3, 5), TestScenarios.small("b", "a", 2, 5)),
                new SweepOptions(null, 2, false, false));
        assertEquals("start 5", events.get(0));
        assertEquals(5, events.stream().filter("run"::equals).count());
        assertEquals("close", events.get(events.size() - 1));
    }
}
