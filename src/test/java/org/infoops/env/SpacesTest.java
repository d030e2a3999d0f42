package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpacesTest {
    private final UniformRandomProvider rng = new RandomStreams(7).stream("test");

    private static InvalidValueException reject(Space space, Value value) {
        return assertThrows(InvalidValueException.class, () -> space.validate(value, "actions[\"a\"]"));
    }

    @Test
    void discreteAcceptsItsRangeAndNamesTheAllowedValues() {
        Discrete d = new Discrete(4, 1);
        assertTrue(d.contains(Tensor.scalar(1L)));
        assertTrue(d.contains(Tensor.scalar(4L)));
        InvalidValueException e = reject(d, Tensor.scalar(5L));
        assertEquals("actions[\"a\"]", e.path());
        assertTrue(e.getMessage().contains("value 5 is outside Discrete(4, start=1)"), e.getMessage());
        assertTrue(e.getMessage().contains("from 1 to 4"), e.getMessage());
    }

    @Test
    void wrongDtypeAndShapeAreNamed() {
        Discrete d = new Discrete(3);
        assertTrue(reject(d, Tensor.scalar(1.0)).getMessage().contains("dtype float64 is not allowed; allowed: dtype int64"));
        assertTrue(reject(d, Tensor.ofLongs(1)).getMessage().contains("shape [1] is not allowed; allowed: shape []"));
        assertTrue(reject(d, DictValue.of("x", Tensor.scalar(1L))).getMessage().contains("dict with keys [x] is not allowed"));
    }

    @Test
    void boxRejectsNaNAndOutOfBoundsElementsByIndex() {
        Box box = Box.of(DType.FLOAT32, -1, 1, 2, 2);
        assertTrue(box.contains(Tensor.float32(new int[] {2, 2}, new float[] {0, 1, -1, 0.5f})));
        InvalidValueException nan = reject(box, Tensor.float32(new int[] {2, 2}, new float[] {0, 0, Float.NaN, 0}));
        assertEquals("actions[\"a\"][1, 0]", nan.path());
        assertTrue(nan.getMessage().contains("NaN is not allowed"), nan.getMessage());
        InvalidValueException out = reject(box, Tensor.float32(new int[] {2, 2}, new float[] {0, 2, 0, 0}));
        assertEquals("actions[\"a\"][0, 1]", out.path());
        assertTrue(out.getMessage().contains("value 2.0 is outside"), out.getMessage());
    }

    @Test
    void float32BoundsAreRoundedSoFloat32ValuesAtTheBoundFit() {
        Box box = Box.of(DType.FLOAT32, 0, 0.1, 1);
        assertTrue(box.contains(Tensor.ofFloats(0.1f)));
    }

    @Test
    void integerBoxesNeedFiniteIntegralBounds() {
        assertThrows(IllegalArgumentException.class, () -> Box.of(DType.INT32, 0, Double.POSITIVE_INFINITY, 1));
        assertThrows(IllegalArgumentException.class, () -> Box.of(DType.INT32, 0, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Box.of(DType.FLOAT64, 1, 0, 1));
    }

    @Test
    void multiDiscreteAndMultiBinaryCheckEachElement() {
        MultiDiscrete md = MultiDiscrete.of(3, 2);
        assertTrue(md.contains(Tensor.ofLongs(2, 1)));
        InvalidValueException e = reject(md, Tensor.ofLongs(2, 2));
        assertEquals("actions[\"a\"][1]", e.path());
        MultiBinary mb = MultiBinary.of(3);
        assertTrue(mb.contains(Tensor.int8(new int[] {3}, new byte[] {0, 1, 1})));
        assertEquals("actions[\"a\"][2]", reject(mb, Tensor.int8(new int[] {3}, new byte[] {0, 1, 2})).path());
    }

    @Test
    void dictNamesTheMemberPathAndMissingOrExtraKeys() {
        DictSpace space = DictSpace.of("move", new Discrete(3), "speed", Box.of(DType.FLOAT64, 0, 1));
        assertTrue(space.contains(DictValue.of("move", Tensor.scalar(2L), "speed", Tensor.scalar(0.5))));
        InvalidValueException nested = reject(space, DictValue.of("move", Tensor.scalar(9L), "speed", Tensor.scalar(0.5)));
        assertEquals("actions[\"a\"].move", nested.path());
        assertTrue(reject(space, DictValue.of("move", Tensor.scalar(1L))).getMessage().contains("key \"speed\" is missing"));
        assertTrue(reject(space, DictValue.of("move", Tensor.scalar(1L), "speed", Tensor.scalar(0.5), "x", Tensor.scalar(1L)))
                .getMessage().contains("key \"x\" is not allowed"));
    }

    @Test
    void samplesAreAlwaysMembers() {
        Space[] spaces = {
                new Discrete(5, -2), MultiDiscrete.of(2, 7), new MultiBinary(new int[] {2, 3}),
                Box.of(DType.FLOAT32, -1, 1, 3), Box.of(DType.INT64, -5, 5, 2), Box.of(DType.UINT8, 0, 255, 4),
                Box.of(DType.FLOAT64, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 2),
                Box.of(DType.FLOAT64, 0, Double.POSITIVE_INFINITY, 2),
                new DictSpace(Map.of("a", new Discrete(2), "b", Box.of(DType.FLOAT64, 0, 1)))};
        for (Space s : spaces) {
            for (int i = 0; i < 200; i++) {
                Value v = s.sample(rng);
                assertTrue(s.contains(v), s.describe() + " sampled " + v.brief());
            }
        }
    }

    @Test
    void tensorsCompareByContent() {
        assertEquals(Tensor.ofFloats(1, 2), Tensor.ofFloats(1, 2));
        assertFalse(Tensor.ofFloats(1, 2).equals(Tensor.ofDoubles(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> Tensor.float32(new int[] {3}, new float[2]));
    }
}
