package org.infoops.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** A scenario that fails to load is reported in one line and exit code 2 by every command that takes one. */
class ScenarioErrorExitTest {

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"federated", "troll/nope"}),
                Arguments.of((Object) new String[] {"sweep", "troll-figure5", "--scenario", "troll/nope"}),
                Arguments.of((Object) new String[] {"bench", "troll", "--scenario", "troll/nope"}),
                Arguments.of((Object) new String[] {"export", "troll", "--scenario", "troll/nope"}),
                Arguments.of((Object) new String[] {"cascade", "cascade/nope"}));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void unknownScenarioIsOneLineAndExitTwo(String[] args) {
        CommandLine cmd = Main.commandLine();
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        cmd.setOut(new PrintWriter(new StringWriter()));
        int code = cmd.execute(args);
        String text = err.toString();
        assertEquals(2, code, text);
        assertTrue(text.startsWith("error: ") && text.contains("nope") && text.contains("embedded"), text);
        assertEquals(1, text.strip().lines().count(), text);
    }
}
