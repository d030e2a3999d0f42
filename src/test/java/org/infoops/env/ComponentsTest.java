package org.infoops.env;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComponentsTest {
    private static void refused(Runnable make, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void namesAreDottedIdentifiersWithOptionalIndicesAndMeaningsAreNotEmpty() {
        for (String ok : List.of("x", "negative.role_mix.repliers", "candidate[3].spread", "T12", "a.b[0].c_1")) {
            assertEquals(ok, Component.of(ok, "m").name());
        }
        for (String bad : List.of("", " ", "a..b", ".a", "a.", "1a", "a[x]", "a b", "a[-1]")) {
            refused(() -> Component.of(bad, "m"), "is not allowed");
        }
        refused(() -> Component.of("a", " "), "empty meaning");
        refused(() -> Component.choice("a", "m", List.of("x", "x")), "unique");
        refused(() -> Component.choice("a", "m", List.of("x", "")), "non-empty");
    }

    @Test
    void aSpaceNamesNoElementOrEveryElementOnceInRowMajorOrder() {
        Box grid = Box.of(DType.FLOAT32, 0, 1, 2, 2).named(Components.grid(
                Components.indexed("row", 2, i -> "row " + i), Components.of("a", "first", "b", "second")));
        assertEquals(List.of("row[0].a", "row[0].b", "row[1].a", "row[1].b"),
                grid.components().stream().map(Component::name).toList());
        assertEquals("second (row 1)", grid.components().get(3).meaning());
        assertTrue(Box.of(DType.FLOAT32, 0, 1, 3).components().isEmpty());
        assertTrue(new Discrete(3).components().isEmpty());

        refused(() -> Box.of(DType.FLOAT32, 0, 1, 3).named(Components.of("a", "m", "b", "m")), "3 elements but 2 component names");
        refused(() -> MultiDiscrete.of(2, 2).named(Components.of("a", "m", "a", "m")), "names component a twice");
        refused(() -> MultiBinary.of(1).named(List.of(Component.choice("a", "m", List.of("no", "yes")))), "only MultiDiscrete");
        refused(() -> Box.of(DType.FLOAT32, 0, 1, 1).named(List.of(Component.choice("a", "m", List.of("no", "yes")))), "only MultiDiscrete");
        refused(() -> MultiDiscrete.of(3).named(List.of(Component.choice("level", "m", List.of("high", "low")))),
                "has 3 values but 2 choice labels");
    }

    @Test
    void namesTakePartInEqualityAndNameTheEntryInErrors() {
        MultiDiscrete plain = MultiDiscrete.of(2, 3);
        MultiDiscrete named = plain.named(List.of(Component.of("channel", "c"),
                Component.choice("level", "l", List.of("high", "medium", "low"))));
        assertNotEquals(plain, named);
        assertEquals(named, MultiDiscrete.of(2, 3).named(named.components()));
        assertEquals(named.hashCode(), MultiDiscrete.of(2, 3).named(named.components()).hashCode());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> named.validate(Tensor.ofLongs(0, 3), "action"));
        assertTrue(e.getMessage().contains("action[1]") && e.getMessage().contains("(entry level: 0 high, 1 medium, 2 low)"),
                e.getMessage());
    }

    /** Every built-in environment names every element of every MultiDiscrete, MultiBinary and Box it offers. */
    @Test
    void everyBuiltinEnvironmentNamesEachElementOfItsTensorSpaces() {
        for (EnvironmentInfo info : Environments.list()) {
            java.util.Map<String, Object> options = info.id().equals("troll/influencer-v0")
                    ? java.util.Map.of("prediction", true) : java.util.Map.of();
            try (Environment env = Environments.make(info.id(), options)) {
                EnvSpec spec = env.spec();
                for (String agent : spec.possibleAgents()) {
                    checkNamed(spec.observationSpace(agent), info.id() + " " + agent + " observation");
                    checkNamed(spec.actionSpace(agent), info.id() + " " + agent + " action");
                }
            }
        }
    }

    private static void checkNamed(Space space, String where) {
        long elements = 0;
        if (space instanceof MultiDiscrete m) elements = m.nvec().length;
        if (space instanceof MultiBinary m) elements = Tensor.elementCount(m.shape());
        if (space instanceof Box b) elements = Tensor.elementCount(b.shape());
        if (space instanceof DictSpace d) d.spaces().forEach((key, member) -> checkNamed(member, where + "." + key));
        assertEquals(elements, space.components().size(), where + " " + space.describe() + " names each element");
    }
}
