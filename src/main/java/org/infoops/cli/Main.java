package org.infoops.cli;

import org.infoops.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The infoops-gym command line. */
@Command(name = "infoops-gym", mixinStandardHelpOptions = true, version = "infoops-gym 0.1.0",
        description = "Simulator of influence operations on social media, served as an RL environment.",
        subcommands = {RunCommand.class, SweepCommand.class, CalibrateCommand.class, FiguresCommand.class, GraphCommand.class, ServeCommand.class,
                ExperimentCommand.class, BenchCommand.class, ExportCommand.class, FederatedCommand.class, CascadeCommand.class,
                CascadeTrainCommand.class, ReproduceCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; bad options print one line (not the whole usage) and exit with 2. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        // A scenario that fails validation is the user's input, not a crash: one line naming the field, exit 2.
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (!(ex instanceof ScenarioException)) throw ex;
            c.getErr().println("error: " + ex.getMessage());
            return 2;
        });
        return cmd;
    }
}
