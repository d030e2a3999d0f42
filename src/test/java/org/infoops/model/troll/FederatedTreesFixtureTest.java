package org.infoops.model.troll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.infoops.learn.BoostingSettings;
import org.infoops.learn.SyntheticAttackTable;
import org.infoops.learn.federated.FederatedBoostedTrees;
import org.infoops.learn.federated.FederatedClient;
import org.infoops.learn.federated.FederatedModel;
import org.infoops.learn.federated.RegressionTree;
import org.infoops.learn.federated.TreeEnsemble;
import org.infoops.learn.FederatedTraining;
import org.infoops.scenario.troll.TrollScenario;
import org.junit.jupiter.api.Test;

/**
 * Federated boosted trees grow exactly the stored trees: every split, threshold and leaf value, digit for digit.
 * The fixtures were written by the row-at-a-time implementation before the histogram passes were rewritten for
 * speed (column-major byte bins, cached gradients, clients in parallel), so these tests pin that the rewrite
 * changed no model. Two data sets: troll/small's influencers (run 0's world; one round on the first 3 training
 * months, then the rest observed and a second round, as the multi-agent environment does; clients one after the
 * other and side by side), and the synthetic
 * table with continuous columns (all 50 trees). Regenerate with {@code -Dinfoops.writeFixtures=true} only for a
 * deliberate change of the model.
 */
class FederatedTreesFixtureTest {
    private static final String DIR = "federated/";

    @Test
    void trollSmallInfluencersGrowTheStoredTreesOnAnyNumberOfThreads() {
        TrollScenario s = TrollWorldTest.small();
        TrollParameters p = s.parameters();
        long seed = s.runSeed(0);
        TrollWorld w = TrollWorldTest.run(p, seed, PostingPolicy.NONE);
        long half = p.world().trainingMinutes() / 2;
        for (boolean parallel : new boolean[] {false, true}) {
            List<FederatedClient> clients = TrainingData.clients(w, 0, half);
            FederatedBoostedTrees fbt = new FederatedBoostedTrees(BoostingSettings.defaults(), 10, parallel);
            FederatedModel m = fbt.round(null, clients, seed);
            TrainingData.observe(w, clients, half, p.world().trainingMinutes());
            m = fbt.round(m, clients, seed);
            check("troll-small-two-rounds.txt", (TreeEnsemble) m);
        }
    }

    @Test
    void syntheticTableGrowsTheStoredTrees() {
        SyntheticAttackTable table = new SyntheticAttackTable(15);
        List<FederatedClient> clients = FederatedTraining.clients(table.schema(), table.clients(30, 200, 5));
        FederatedBoostedTrees fbt = new FederatedBoostedTrees(BoostingSettings.defaults(), 10);
        check("synthetic-all-trees.txt", (TreeEnsemble) fbt.train(clients, fbt.roundsForAllTrees(), 5));
    }

    /** The model as text: edges, base margin, then each tree's arrays; doubles in their exact round-trip form. */
    static String describe(TreeEnsemble m) {
        List<String> lines = new ArrayList<>();
        double[][] edges = m.edges().edges();
        for (int j = 0; j < edges.length; j++) lines.add("edges " + j + " " + doubles(edges[j]));
        lines.add("base " + m.baseMargin());
        lines.add("rounds " + m.rounds());
        for (int t = 0; t < m.trees().size(); t++) {
            RegressionTree tree = m.trees().get(t);
            lines.add("tree " + t + " feature " + Arrays.toString(tree.feature()));
            lines.add("tree " + t + " threshold " + doubles(tree.threshold()));
            lines.add("tree " + t + " left " + Arrays.toString(tree.left()));
            lines.add("tree " + t + " right " + Arrays.toString(tree.right()));
            lines.add("tree " + t + " value " + doubles(tree.value()));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String doubles(double[] v) {
        return Arrays.stream(v).mapToObj(Double::toString).collect(Collectors.joining(" ", "[", "]"));
    }

    private static void check(String name, TreeEnsemble m) {
        String actual = describe(m);
        if (Boolean.getBoolean("infoops.writeFixtures")) {
            try {
                Path file = Path.of("src/test/resources", DIR + name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        try (InputStream in = FederatedTreesFixtureTest.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException("fixture " + DIR + name + " is missing");
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> e = expected.lines().toList();
            List<String> a = actual.lines().toList();
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) assertEquals(e.get(i), a.get(i), name + " line " + (i + 1));
            assertEquals(e.size(), a.size(), name + " lines");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
