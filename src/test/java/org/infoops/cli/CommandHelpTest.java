package org.infoops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders cleanly: a stray '%' in a description makes picocli print a raw, warned string. */
class CommandHelpTest {

    @Test
    void everyCommandsHelpFormatsWithoutPicocliWarnings() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new Main()), all);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine c : all) {
                String usage = c.getUsageMessage();
                assertFalse(usage.isBlank(), c.getCommandName());
            }
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "picocli warnings while rendering help");
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
    }
}
