package org.infoops.model.cascade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpreadNetworkTest {

    @Test
    void csrDedupesSortsAndDropsSelfLoops() {
        SpreadNetwork net = SpreadNetwork.fromEdges(4,
                new int[] {2, 0, 0, 0, 1, 3},
                new int[] {0, 2, 1, 2, 1, 0});
        assertEquals(4, net.nodeCount());
        assertEquals(4, net.edgeCount());
        assertEquals(2, net.followerCount(0));
        assertEquals(1, net.target(net.firstEdge(0)));
        assertEquals(2, net.target(net.firstEdge(0) + 1));
        assertEquals(0, net.followerCount(1));
        assertEquals(2, net.source(net.firstEdge(2)));
        assertArrayEquals(new int[] {2, 1, 1, 0}, net.followeeCounts());
    }

    @Test
    void communitiesAndBadInput() {
        SpreadNetwork net = SpreadNetwork.fromEdges(3, new int[] {0}, new int[] {1}).withCommunities(new int[] {0, 1, 1});
        assertEquals(2, net.communityCount());
        assertArrayEquals(new int[] {1, 2}, net.communitySizes());
        assertThrows(IllegalArgumentException.class, () -> SpreadNetwork.fromEdges(2, new int[] {0}, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> net.withCommunities(new int[] {0}));
    }

    @Test
    void staticModelFillsEveryEdge() {
        SpreadNetwork net = SpreadNetwork.fromEdges(3, new int[] {0, 1}, new int[] {1, 2});
        float[] p = new StaticInfectionModel(0.25).forPost(new CascadePost(1, 0, "x", -1), net);
        assertArrayEquals(new float[] {0.25f, 0.25f}, p);
        assertThrows(IllegalArgumentException.class, () -> new StaticInfectionModel(1.5));
    }
}
