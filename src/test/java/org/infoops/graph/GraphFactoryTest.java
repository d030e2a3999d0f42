package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphFactoryTest {
    @TempDir
    Path dir;

    @Test
    void schweimerUsesTheNamedSetAndTheDerivedStream() {
        FollowerGraph built = GraphFactory.build(new GraphSettings("Schweimer", "vegan", 7, null), 400, 2);
        FollowerGraph direct = new SchweimerGenerator(SnHyperParameterSets.standard().byName("Vegan"))
                .generate(400, new RandomStreams(7).stream("graph", 400, 2));
        GraphIOTest.assertSameGraph(direct, built);
    }

    @Test
    void missingSetMeansCovid() {
        GraphIOTest.assertSameGraph(GraphFactory.build(new GraphSettings("schweimer", "Covid", 1, null), 300, 0),
                GraphFactory.build(new GraphSettings("schweimer", null, 1, null), 300, 0));
    }

    @Test
    void unknownGeneratorNamesFieldValueAndAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphFactory.build(new GraphSettings("erdos", "Covid", 1, null), 100, 0));
        String m = e.getMessage();
        assertTrue(m.contains("graph.generator") && m.contains("'erdos'") && m.contains("schweimer")
                && m.contains("file"), m);
    }

    @Test
    void unknownSetNamesField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphFactory.build(new GraphSettings("schweimer", "Mask", 1, null), 100, 0));
        assertTrue(e.getMessage().contains("graph.hyperParameters") && e.getMessage().contains("'Mask'"), e.getMessage());
    }

    @Test
    void fileGeneratorLoadsAndChecksNodeCount() {
        FollowerGraph g = GraphFactory.build(new GraphSettings("schweimer", "Covid", 1, null), 200, 0);
        Path file = dir.resolve("g.graphml");
        GraphIO.write(g, file);
        GraphSettings fromFile = new GraphSettings("file", null, 0, file.toString());
        GraphIOTest.assertSameGraph(g, GraphFactory.build(fromFile, 200, 5)); // run index ignored
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphFactory.build(fromFile, 250, 0));
        assertTrue(e.getMessage().contains("graph.file") && e.getMessage().contains("200")
                && e.getMessage().contains("250"), e.getMessage());
    }

    @Test
    void fileGeneratorNeedsAReadableFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphFactory.build(new GraphSettings("file", null, 0, null), 10, 0));
        assertTrue(e.getMessage().contains("graph.file"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphFactory.build(
                new GraphSettings("file", null, 0, dir.resolve("absent.csv").toString()), 10, 0));
        assertTrue(e.getMessage().contains("graph.file") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void graphsSurviveWithExtraNodes() { // fringe bots are appended as isolated nodes (spec §3.4)
        FollowerGraph g = GraphFactory.build(new GraphSettings("schweimer", "Covid", 1, null), 100, 0);
        assertEquals(g.edgeCount(), g.withExtraNodes(5).edgeCount());
    }
}
