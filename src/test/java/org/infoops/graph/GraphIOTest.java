package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphIOTest {
    @TempDir
    Path dir;

    /** 0 <-> 1, 1 -> 3, 4 -> 1; nodes 2 and 5 are isolated (5 is the last id, so only "# nodes" can carry it). */
    private static FollowerGraph sample() {
        FollowerGraph g = new FollowerGraph(6);
        g.follow(0, 1);
        g.follow(1, 0);
        g.follow(1, 3);
        g.follow(4, 1);
        return g;
    }

    @Test
    void csvRoundTripKeepsIsolates() {
        Path file = dir.resolve("g.csv");
        GraphIO.write(sample(), file);
        assertSameGraph(sample(), GraphIO.read(file));
    }

    @Test
    void graphMlRoundTripKeepsIsolates() {
        Path file = dir.resolve("g.graphml");
        GraphIO.write(sample(), file);
        assertSameGraph(sample(), GraphIO.read(file));
    }

    @Test
    void generatedGraphRoundTripsThroughBothFormats() {
        FollowerGraph g = GraphFactory.build(new GraphSettings("schweimer", "Covid", 1, null), 300, 0);
        for (String name : new String[] {"big.csv", "big.graphml"}) {
            Path file = dir.resolve(name);
            GraphIO.write(g, file);
            assertSameGraph(g, GraphIO.read(file));
        }
    }

    @Test
    void csvFormatIsDocumented() throws IOException {
        StringWriter w = new StringWriter();
        GraphIO.writeCsv(sample(), w);
        assertEquals("# nodes=6\nfollower,followee\n0,1\n1,0\n1,3\n4,1\n", w.toString());
    }

    @Test
    void csvWithoutNodeLineUsesLargestId() throws IOException {
        FollowerGraph g = GraphIO.readCsv(new StringReader("follower,followee\n0,2\n2,0\n"));
        assertEquals(3, g.size());
        assertEquals(2, g.edgeCount());
    }

    @Test
    void malformedCsvNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphIO.readCsv(new StringReader("# nodes=3\nfollower,followee\n0,1\n1;2\n")));
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphIO.readCsv(new StringReader("# nodes=2\n0,5\n")));
        assertTrue(e.getMessage().contains("5"), e.getMessage());
    }

    @Test
    void graphMlFromOtherToolsIsRenumbered() {
        // networkx writes nodes 1..n; ids sort numerically (10 after 9), so 1..n becomes 0..n-1.
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="directed">
                    <node id="10"/><node id="1"/><node id="9"/>
                    <edge source="1" target="10"/><edge source="9" target="1"/>
                  </graph>
                </graphml>
                """;
        FollowerGraph g = GraphIO.readGraphMl(new StringReader(xml));
        assertEquals(3, g.size());
        assertTrue(g.follows(0, 2) && g.follows(1, 0));
        assertEquals(2, g.edgeCount());
    }

    @Test
    void unknownExtensionIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GraphIO.write(sample(), dir.resolve("g.txt")));
        assertTrue(e.getMessage().contains(".csv") && e.getMessage().contains(".graphml"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("g.txt")));
    }

    static void assertSameGraph(FollowerGraph expected, FollowerGraph actual) {
        assertEquals(expected.size(), actual.size());
        assertEquals(expected.edgeCount(), actual.edgeCount());
        for (int u = 0; u < expected.size(); u++) {
            assertEquals(expected.followeeCount(u), actual.followeeCount(u), "followees of " + u);
            int[] followees = expected.followeesArray(u);
            for (int i = 0; i < expected.followeeCount(u); i++) {
                assertTrue(actual.follows(u, followees[i]), u + " -> " + followees[i]);
            }
        }
    }
}
