package org.infoops.cli;

import picocli.CommandLine.Command;

/** Synthetic-data export: a model's event log and labelled feature table as CSV ({@code export troll}, {@code export lkml}). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a simulated world as synthetic data (CSV event log and labelled feature table).",
        subcommands = {TrollExportCommand.class, LkmlExportCommand.class})
public final class ExportCommand {
}
