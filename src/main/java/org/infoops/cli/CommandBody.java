package org.infoops.cli;

import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioRunException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The common frame of commands that write reports (calibrate, figures, reproduce cascade-figures): off-screen charts, and every failure as
 * one line on stderr: exit 1 for a failed run or write; a bad option or file (a ScenarioException) reaches
 * Main.configure, the one place that turns it into exit 2.
 */
interface CommandBody {
    void run(PrintWriter out) throws IOException;

    static int execute(CommandSpec spec, CommandBody body) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        try {
            body.run(out);
            out.flush();
            return 0;
        } catch (ScenarioRunException | IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    static void check(boolean ok, String option, int value, String allowed) {
        if (!ok) throw new ScenarioException(null, option, value + " is out of range; allowed: " + allowed);
    }
}
