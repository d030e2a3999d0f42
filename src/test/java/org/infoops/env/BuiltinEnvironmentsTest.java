package org.infoops.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuiltinEnvironmentsTest {
    /** Python registers ids with Gymnasium from this file (no server needed): it must list exactly the registry. */
    @Test
    void pythonIdListingMatchesTheRegistry() throws IOException {
        JsonNode listing = new ObjectMapper().readTree(Files.readString(Path.of("env/infoops_env/environments.json")));
        Map<String, Boolean> python = new TreeMap<>();
        for (JsonNode e : listing.get("environments")) python.put(e.get("id").asText(), e.get("multi_agent").asBoolean());
        Map<String, Boolean> java = new TreeMap<>();
        for (EnvironmentInfo info : Environments.list()) java.put(info.id(), info.multiAgent());
        assertEquals(java, python, "env/infoops_env/environments.json must list every id of BuiltinEnvironments with its multi_agent flag");
    }

    @Test
    void everyEnvironmentMakesResetsStepsAndRendersWithItsDefaults() {
        for (EnvironmentInfo info : Environments.list()) {
            assertFalse(info.description().isBlank(), info.id());
            try (Environment env = Environments.make(info.id())) {
                EnvSpec spec = env.spec();
                assertEquals(info.multiAgent(), spec.multiAgent());
                ResetResult start = env.reset(11);
                assertEquals(spec.possibleAgents(), java.util.List.copyOf(start.observations().keySet()));
                var rng = new org.infoops.kernel.RandomStreams(3).stream("actions");
                Map<String, Value> actions = new java.util.LinkedHashMap<>();
                for (String agent : env.agents()) actions.put(agent, spec.actionSpace(agent).sample(rng));
                env.step(actions);
                for (String mode : spec.renderModes()) env.render(mode);
            }
        }
    }

    @Test
    void unknownIdsAndOptionsAreRefusedClearly() {
        UnknownEnvironmentException e = assertThrows(UnknownEnvironmentException.class, () -> Environments.make("diagnostic/nope-v0"));
        assertTrue(e.getMessage().contains("known ids: [") && e.getMessage().contains("diagnostic/bandit-v0, "), e.getMessage());
        InvalidValueException o = assertThrows(InvalidValueException.class,
                () -> Environments.make("diagnostic/bandit-v0", Map.of("armz", 3)));
        assertTrue(o.getMessage().contains("allowed options: [arms, episode_steps"), o.getMessage());
    }
}
