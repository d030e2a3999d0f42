package org.infoops.cli;

import org.infoops.scenario.ScenarioLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.infoops.model.cascade.CountermeasureSweeps;
import org.infoops.scenario.cascade.CascadeRun;
import org.infoops.scenario.cascade.CascadeScenario;
import org.infoops.scenario.cascade.CascadeBinder;
import org.infoops.scenario.cascade.CascadeStudy;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.cascade.CascadeShard;
import org.infoops.scenario.cascade.TrainedModelCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reproduce cascade-figures [SCENARIO]} (and {@code run} of a cascade scenario): the digital-clone SEI cascades, their figures and countermeasure sweeps. */
@Command(name = "cascade-figures", header = "The digital-clone paper's cascade figures, from a cascade scenario.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs a cascade scenario (scenarios/cascade/) and writes <out>/<scenario>/:",
                "  layers.csv/png        infections by layer: median, 68%% band, mean (paper Fig 5B)",
                "  trials.csv            infections per trial",
                "  communities.csv/png   community infection rates (Fig 7A)",
                "  pathways.csv/png      community-to-community infection fractions, heatmap (Fig 7B)",
                "  spreaders.csv         top 1,000 users by infections caused (the Fig 8A ranking)",
                "  blocking.csv/png      blocking the top-k spreaders (Fig 8A)",
                "  inoculation.csv/png   inoculating a fraction of the most infectious community (Fig 8B)",
                "  topics.csv/png        mean infections per seed-post topic (Fig 8C)",
                "  summary.json          network, means, timings",
                "Exit codes: 0 done, 1 the run or writing failed, 2 a bad scenario or option."},
        footer = {"", "Examples:", "  reproduce cascade-figures             # cascade/base, embedded", "  reproduce cascade-figures cascade/small --trials 100",
                "  run my-cascade.yaml --out runs/mine --threads 2",
                "  reproduce cascade-figures --shard 0/2 --out runs/c0   # countermeasure and topic points, one part per machine, then:",
                "  reproduce cascade-figures --merge runs/c0 runs/c1 --out runs/cascade"})
public final class CascadeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "cascade/base",
            description = "A scenario file or an embedded name: cascade/base, cascade/static, cascade/small, cascade/calibrated (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--trials", paramLabel = "N", description = "Trials per seed post and per sweep point (default: the scenario's).")
    Integer trials;

    @Option(names = "--seed", paramLabel = "SEED", description = "Root seed (default: the scenario's).")
    Long seed;

    @Option(names = "--analyses", split = ",", paramLabel = "A", description = "Subset of: cascade, blocking, inoculation, topics (default: the scenario's).")
    List<String> analyses;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores). Results are identical for any number.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs/cascade",
            description = "Output root; the scenario goes to DIR/<scenario>/, replaced once complete (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    ShardOptions shards;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CommandBody.execute(spec, out -> {
            if (trials != null && trials < 1) throw new ScenarioException("--trials", "", trials + " is out of range; allowed: 1 or more");
            if (threads != null && threads < 1) throw new ScenarioException("--threads", "", threads + " is out of range; allowed: 1 or more");
            CascadeBinder.Loaded loaded = new ScenarioLoader().load(scenario, CascadeBinder.Loaded.class);
            CascadeScenario s = loaded.scenario();
            if (trials != null) s = s.withTrials(trials);
            if (seed != null) s = s.withSeed(seed);
            if (analyses != null) s = s.withAnalyses(analyses.stream().map(CascadeCommand::analysis).toList());
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            TrainedModelCache trainedModels = new TrainedModelCache();   // this run's; the disk cache outlives it
            CascadeStudy.Outcome o;
            if (shards.sharding()) {
                int total = CascadeStudy.pointKeys(s).size();
                int computed = CascadeShard.run(CascadeStudy.prepare(s, loaded.baseDirectory(), n, trainedModels), shards.range(total), this.out, n,
                        line -> { out.println(line); out.flush(); });
                out.println("wrote points " + shards.range(total) + " of " + total + " to " + this.out + " (" + computed + " computed)");
                return;
            } else if (shards.merging()) {
                o = CascadeShard.merge(CascadeStudy.prepare(s, loaded.baseDirectory(), n, trainedModels), shards.merge, this.out);
            } else {
                o = CascadeRun.runAndWrite(loaded, s, this.out, n, trainedModels);
            }
            var net = o.world().network();
            out.printf("network: %,d users, %,d edges, %d communities; source user %d with %,d followers%n",
                    net.nodeCount(), net.edgeCount(), net.communityCount(), net.userId(o.world().sourceNode()),
                    net.followerCount(o.world().sourceNode()));
            if (o.base() != null) {
                out.printf("cascade: %d trials, mean %.1f infections, deepest layer %d (%.2f s on %d threads)%n",
                        o.base().trials(), o.base().meanInfections(), o.base().maxLayer(), o.trialSeconds(), n);
            }
            print(out, "blocking (top-k)", o.blocking());
            print(out, "inoculation (fraction of C" + o.inoculatedCommunity() + ")", o.inoculation());
            print(out, "topics (index in the scenario)", o.topics());
            out.println("wrote " + this.out.resolve(s.name()));
        });
    }

    private static CascadeScenario.Analysis analysis(String a) {
        for (CascadeScenario.Analysis x : CascadeScenario.Analysis.values()) {
            if (x.name().equalsIgnoreCase(a.trim())) return x;
        }
        throw new ScenarioException("--analyses", "", "'" + a + "' is not allowed; allowed values: cascade, blocking, inoculation, topics");
    }

    private static void print(PrintWriter out, String what, List<CountermeasureSweeps.Point> points) {
        if (points.isEmpty()) return;
        StringBuilder b = new StringBuilder(what).append(":");
        for (CountermeasureSweeps.Point p : points) b.append(String.format(" %s->%.1f", CascadeStudy.format(p.x()), p.meanInfections()));
        out.println(b);
    }
}
