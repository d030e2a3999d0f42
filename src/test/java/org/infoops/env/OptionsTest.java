package org.infoops.env;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {
    @Test
    void typedGettersNameOptionValueAndAllowedRange() {
        Options o = Options.of(Map.of("arms", 40, "rate", "fast", "steps", 3.0));
        assertEquals(3, o.intValue("steps", 1, 10));
        InvalidValueException range = assertThrows(InvalidValueException.class, () -> o.intValue("arms", 2, 32));
        assertEquals("options.arms: 40 is not allowed; allowed: an integer from 2 to 32", range.getMessage());
        InvalidValueException type = assertThrows(InvalidValueException.class, () -> o.doubleValue("rate", 0, 1));
        assertTrue(type.getMessage().contains("\"fast\" is not allowed; allowed: a number from 0 to 1"), type.getMessage());
    }

    @Test
    void unknownOptionsAreRejectedWithTheAllowedNames() {
        Options o = Options.of(Map.of("armz", 3));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> o.requireOnly(List.of("arms")));
        assertEquals("options.armz: unknown option; allowed options: [arms]", e.getMessage());
    }

    @Test
    void overridesMergeDeeplyOverDefaults() {
        Options defaults = Options.of(Map.of("scenario", "sim1", "overrides", Map.of("bots", 10, "steps", 100)));
        Options given = Options.of(Map.of("overrides", Map.of("bots", 20)));
        Options merged = given.withDefaults(defaults);
        assertEquals("sim1", merged.stringValue("scenario", List.of()));
        assertEquals(20, merged.node("overrides").get("bots").asInt());
        assertEquals(100, merged.node("overrides").get("steps").asInt());
    }
}
