package org.infoops.cli;

import picocli.CommandLine.Command;

/** Benchmarks: whole model runs ({@code bench diluvsion}) and environment round trips ({@code bench env}). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print figures (never timed unit tests).",
        subcommands = {DiluvsionBenchCommand.class, EnvBenchCommand.class, TrollBenchCommand.class, FederatedBenchCommand.class,
                CascadeBenchCommand.class, InfectionBenchCommand.class, SoakBenchCommand.class, LkmlBenchCommand.class})
public final class BenchCommand {
}
