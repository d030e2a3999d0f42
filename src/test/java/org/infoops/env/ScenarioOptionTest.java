package org.infoops.env;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scenario option that names nothing loadable lists the model's embedded scenarios, read from the classpath. */
class ScenarioOptionTest {
    @Test
    void refusalListsTheEmbeddedScenariosOfTheModel() {
        assertLists("diluvsion", "diluvsion/sim01 to diluvsion/sim16, diluvsion/small");
        assertLists("troll", "troll/default, troll/small");
        assertLists("cascade", "cascade/base, cascade/calibrated, cascade/small, cascade/static");
    }

    @Test
    void anEmbeddedNameIsTakenAsIs() {
        ScenarioOption o = ScenarioOption.read(Options.of(Map.of("scenario", "troll/small")), "scenario", "troll");
        assertTrue(o.embedded() && o.reference().equals("troll/small"), o.toString());
    }

    private static void assertLists(String model, String names) {
        Options options = Options.of(Map.of("scenario", model + "/no-such-scenario"));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ScenarioOption.read(options, "scenario", model));
        assertTrue(e.getMessage().contains("an embedded " + model + " scenario (" + names + ")"), e.getMessage());
    }
}
