package org.infoops.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.model.cascade.base.BaseWorldSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeBinderTest {
    record Settings(int trials, double rate) {
    }

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAWellFormedRecord() throws IOException {
        assertEquals(new Settings(10, 0.5), TreeBinder.read(yaml("trials: 10\nrate: 0.5\n"), Settings.class, "s.yaml"));
    }

    @Test
    void unknownKeyNamesTheFileTheKeyAndTheAllowedKeys() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TreeBinder.read(yaml("trials: 10\nrate: 0.5\nrte: 1\n"), Settings.class, "s.yaml"));
        assertTrue(e.getMessage().startsWith("s.yaml: rte: unknown key 'rte'; allowed keys: "), e.getMessage());
        assertTrue(e.getMessage().contains("trials") && e.getMessage().contains("rate"), e.getMessage());
    }

    @Test
    void missingOrNullValuesAreErrorsNotDefaults() {
        var missing = assertThrows(IllegalArgumentException.class,
                () -> TreeBinder.read(yaml("trials: 10\n"), Settings.class, "s.yaml"));
        assertTrue(missing.getMessage().startsWith("s.yaml: ") && missing.getMessage().contains("rate"), missing.getMessage());
        var nulled = assertThrows(IllegalArgumentException.class,
                () -> TreeBinder.read(yaml("trials: ~\nrate: 0.5\n"), Settings.class, "s.yaml"));
        assertTrue(nulled.getMessage().startsWith("s.yaml: "), nulled.getMessage());
    }

    @Test
    void theShippedBaseWorldSettingsLoadAndABadCopyIsRefused(@TempDir Path dir) throws IOException {
        assertTrue(BaseWorldSettings.defaults().users() > 0);
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scenarios/cascade/base-world.yaml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path bad = dir.resolve("base-world.yaml");
        Files.writeString(bad, shipped + "\nbogus: 1\n");
        var e = assertThrows(IllegalArgumentException.class, () -> BaseWorldSettings.load(bad));
        assertTrue(e.getMessage().startsWith(bad + ": bogus: unknown key 'bogus'; allowed keys: "), e.getMessage());
    }
}
