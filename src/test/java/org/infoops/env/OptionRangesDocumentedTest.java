package org.infoops.env;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every option of every environment says which values it allows, in the description a client reads in the spec. */
class OptionRangesDocumentedTest {
    private static final Pattern ALLOWED = Pattern.compile(
            "(?s).*(\\d[\\d,./]* to ([\\d,.]+|the scenario's)|[Oo]ne of|true or false|[Aa]n embedded).*");

    @Test
    void everyOptionDescriptionStatesItsAllowedValues() {
        for (EnvironmentInfo info : Environments.list()) {
            for (OptionSpec o : info.options()) {
                assertTrue(ALLOWED.matcher(o.description()).matches(), info.id() + " option " + o.name() + ": " + o.description());
            }
            try (Environment env = Environments.make(info.id())) {
                for (OptionSpec o : env.spec().resetOptions()) {
                    assertTrue(ALLOWED.matcher(o.description()).matches(), info.id() + " reset option " + o.name() + ": " + o.description());
                }
            }
        }
    }
}
