package org.infoops.cli;

import picocli.CommandLine.Command;

/** {@code reproduce <experiment>}: a paper's figures from one command. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Reproduce a paper experiment's figures (CSV and PNG, written atomically).",
        subcommands = {DiluvsionTable1Command.class, TrollFigure5Command.class, FederatedCommand.class, CascadeCommand.class,
                LkmlFigure3Command.class, LkmlFigure4Command.class, TrollMixturesCommand.class})
public final class ReproduceCommand {
}
