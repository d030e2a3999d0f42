package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

class DegreeSamplerTest {
    @Test
    void phaseAMakesDegreesConsistent() {
        DegreeSampler sampler = new DegreeSampler(SnHyperParameterSets.standard().byName("Covid"));
        for (int seed = 0; seed < 5; seed++) {
            DegreeSequence d = sampler.sample(1_000, new RandomStreams(seed).stream("phase-a"));
            long reciprocal = 0;
            long in = 0;
            long out = 0;
            for (int v = 0; v < d.size(); v++) {
                assertTrue(d.reciprocal()[v] >= 0 && d.in()[v] >= 0 && d.out()[v] >= 0);
                reciprocal += d.reciprocal()[v];
                in += d.in()[v];
                out += d.out()[v];
            }
            assertEquals(0, reciprocal % 2, "A6: reciprocal stubs pair up");
            assertEquals(in, out, "A7: in- and out-stubs balance");
            assertTrue(d.attempts() >= 1);
        }
    }

    @Test
    void sameStreamSameDegrees() {
        DegreeSampler sampler = new DegreeSampler(SnHyperParameterSets.standard().byName("Covid"));
        DegreeSequence a = sampler.sample(500, new RandomStreams(3).stream("phase-a"));
        DegreeSequence b = sampler.sample(500, new RandomStreams(3).stream("phase-a"));
        assertEquals(java.util.Arrays.toString(a.out()), java.util.Arrays.toString(b.out()));
        assertEquals(java.util.Arrays.toString(a.reciprocal()), java.util.Arrays.toString(b.reciprocal()));
    }
}
