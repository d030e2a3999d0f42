package org.infoops.cli;

import org.infoops.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The infoops-gym command line. */
@Command(name = "infoops-gym", mixinStandardHelpOptions = true, version = "infoops-gym 0.1.0",
        description = "Simulator of influence operations on social media, served as an RL environment.",
        subcommands = {RunCommand.class, SweepCommand.class, ReproduceCommand.class, CascadeTrainCommand.class, CalibrateCommand.class,
                FiguresCommand.class, ExportCommand.class, BenchCommand.class, GraphCommand.class, ServeCommand.class,
                ExperimentCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, with the previous release's command names as hidden aliases. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        hiddenAlias(cmd, "cascade", new CascadeCommand());            // reproduce cascade-figures
        hiddenAlias(cmd, "cascade-train", new CascadeTrainCommand());  // train
        hiddenAlias(cmd, "federated", new FederatedCommand());        // reproduce troll-federated
        hiddenAlias(cmd.getSubcommands().get("sweep"), "troll-figure5", new TrollFigure5Command()); // reproduce troll-figure5
        return configure(cmd);
    }

    /**
     * The one place command errors become exit codes: a bad option prints one line (not the whole usage) and a
     * scenario or option that fails validation ({@link ScenarioException}) prints one line naming the field; both
     * exit with 2. Applied to every command line, including commands that delegate to another.
     */
    public static CommandLine configure(CommandLine cmd) {
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage() + " (see --help)");
            return 2;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (!(ex instanceof ScenarioException)) throw ex;
            c.getErr().println("error: " + ex.getMessage());
            c.getErr().flush();
            return 2;
        });
        return cmd;
    }

    private static void hiddenAlias(CommandLine parent, String name, Object command) {
        CommandLine alias = new CommandLine(command);
        alias.getCommandSpec().usageMessage().hidden(true);
        parent.addSubcommand(name, alias);
    }
}
