package org.infoops.model.lkml;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.infoops.learn.Method;
import org.infoops.model.lkml.truth.GroundTruthHistory;
import org.infoops.scenario.lkml.LkmlScenario;
import org.infoops.scenario.lkml.LkmlBinder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline from a message log to mixture scores: deterministic, dependent on the log's columns only, and with
 * no way to the ground truth's hidden rule.
 */
class MixturePipelineTest {
    static LkmlScenario small;
    static MessageLog log;
    static final List<Double> SHARES = List.of(0.0, 0.5, 1.0);

    @BeforeAll
    static void history() {
        small = new ScenarioLoader().load("lkml/small", LkmlScenario.class);
        log = GroundTruthHistory.generate(small.groundTruth(), small.parameters(), small.runSeed(0));
    }

    static MixturePipeline.SeedResult run(MessageLog l, long seed) {
        return MixturePipeline.run(l, small.parameters(), SHARES, List.of(Method.BOOSTED_TREES), List.of(Configuration.values()), seed);
    }

    @Test
    void sameLogAndSeedSameScoresAndTheCsvRoundTripChangesNothing() throws Exception {
        MixturePipeline.SeedResult a = run(log, 5);
        assertEquals(2 * 8, a.cells().size(), "8 cells (3 x 3 without (0, 0)) per configuration");
        java.io.StringWriter w = new java.io.StringWriter();
        LogCsv.write(log, w);
        MessageLog back = LogCsv.read(new BufferedReader(new StringReader(w.toString())), "history.csv");
        assertEquals(a, run(back, 5), "the pipeline reads nothing but the log's columns");
        MixturePipeline.SeedResult other = run(log, 6);
        assertNotEquals(a.cells(), other.cells(), "another seed simulates and samples anew");
        assertEquals(a.pools().real(), other.pools().real(), "the real pool is the log's");
    }

    @Test
    void poolsAreWhatTheConfigurationsSay() {
        SyntheticPools p = SyntheticPools.build(log.canonical(), small.parameters(), 5);
        long fitEnd = small.parameters().periods().fitEnd(), trainEnd = small.parameters().periods().trainEnd();
        assertTrue(p.real().stream().allMatch(r -> r.accepted() < trainEnd));
        assertTrue(p.test().stream().allMatch(r -> r.accepted() >= trainEnd));
        // I: the real first-half patches, their features untouched; a reversal seen in the window is kept.
        assertTrue(p.configurationI().stream().allMatch(r -> r.accepted() < fitEnd));
        for (PatchTable.Row r : p.configurationI()) {
            PatchTable.Row real = p.real().stream().filter(x -> x.patch() == r.patch()).findFirst().orElseThrow();
            assertArrayEquals(real.features(), r.features());
            if (real.reversed() >= 0 && real.reversed() < fitEnd) assertTrue(r.label(), "an observed reversal stays reversed");
        }
        // II: simulated patches of the training year, from the fitted world's own log.
        assertTrue(p.configurationII().size() > p.real().size() / 2, "the fitted world proposes at about the real rate");
        assertTrue(p.configurationII().stream().allMatch(r -> r.accepted() < trainEnd));
    }

    /**
     * The ground truth's hidden rule is unreachable from the pipeline: following every class the pipeline's classes
     * name in their bytecode (transitively) never reaches the generator's package, and outside that package only
     * the classes that choose where the real log comes from (and the scenario that carries its settings) name it.
     */
    @Test
    void theHiddenRuleIsUnreachableFromThePipeline() throws IOException {
        String truth = "org/infoops/model/lkml/truth/";
        Set<String> reached = closure(List.of("org/infoops/model/lkml/MixturePipeline", "org/infoops/model/lkml/SyntheticPools"));
        assertTrue(reached.contains("org/infoops/model/lkml/LogFit") && reached.contains("org/infoops/model/lkml/MailingListWorld")
                && reached.contains("org/infoops/learn/Trainers"), "the closure follows the pipeline: " + reached);
        assertTrue(reached.stream().noneMatch(c -> c.startsWith(truth)), "the pipeline reaches the ground truth: " + reached);

        Path root = Path.of(MixturePipeline.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Set<String> naming = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(f).toString().replace('\\', '/').replace(".class", "");
                if (!name.startsWith(truth) && references(Files.readAllBytes(f)).stream().anyMatch(c -> c.startsWith(truth))) naming.add(name);
            }
        }
        assertEquals(Set.of("org/infoops/scenario/lkml/RealHistory", "org/infoops/scenario/lkml/LkmlScenario",
                "org/infoops/scenario/lkml/LkmlBinder", "org/infoops/cli/LkmlBenchCommand"), naming,
                "only these may name the ground truth's package");
    }

    private static final Pattern CLASS = Pattern.compile("org/infoops/[A-Za-z0-9_/$]+");

    static Set<String> references(byte[] bytecode) {
        Set<String> out = new TreeSet<>();
        Matcher m = CLASS.matcher(new String(bytecode, StandardCharsets.ISO_8859_1));
        while (m.find()) out.add(m.group());
        return out;
    }

    static Set<String> closure(List<String> roots) throws IOException {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (!seen.add(c)) continue;
            try (InputStream in = MixturePipelineTest.class.getClassLoader().getResourceAsStream(c + ".class")) {
                if (in == null) continue; // a package name or a generated proto class outside the tree
                for (String r : references(in.readAllBytes())) if (!seen.contains(r)) todo.push(r);
            }
        }
        return seen;
    }
}
