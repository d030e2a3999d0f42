package org.infoops.scenario.diluvsion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.graph.FollowerGraph;
import org.infoops.graph.GraphIO;
import org.infoops.model.diluvsion.StanceTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network figures: 100 agents, 10 bots, the files Gephi and a reader need, one trajectory per seed. */
class NetworkFiguresTest {
    @Test
    void writesBothNetworksAndTheTimeline(@TempDir Path dir) throws Exception {
        DiluvsionScenario s = NetworkFigures.scenario("fringe", 30);
        StanceTrace t = NetworkFigures.trace(s, 0);
        assertEquals(100, t.agents());
        assertEquals(31, t.stance().length);
        int bots = 0;
        for (boolean b : t.bot()) if (b) bots++;
        assertEquals(10, bots);
        NetworkFigures.write(t, "test", 1, dir.resolve("fringe"));
        for (String f : new String[] {"network_start.png", "network_end.png", "network_start.graphml", "network_end.graphml", "stance_timeline.png"}) {
            assertTrue(Files.size(dir.resolve("fringe").resolve(f)) > 0, f);
        }
        FollowerGraph end = GraphIO.read(dir.resolve("fringe/network_end.graphml"));
        assertEquals(t.end().edgeCount(), end.edgeCount());
        assertTrue(Files.readString(dir.resolve("fringe/network_end.graphml")).contains("stance"));
    }

    @Test
    void sameRunSameTrajectory() {
        DiluvsionScenario s = NetworkFigures.scenario("embedded", 20);
        StanceTrace a = NetworkFigures.trace(s, 1), b = NetworkFigures.trace(s, 1);
        for (int step = 0; step < a.stance().length; step++) assertArrayEquals(a.stance()[step], b.stance()[step]);
    }
}
