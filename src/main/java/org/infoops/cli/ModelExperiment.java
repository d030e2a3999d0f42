package org.infoops.cli;

import org.infoops.scenario.cascade.CascadeBinder;
import org.infoops.scenario.diluvsion.DiluvsionScenario;
import org.infoops.scenario.lkml.LkmlScenario;
import org.infoops.scenario.troll.TrollScenario;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code run} and {@code sweep} start for a scenario of a model other than Diluvsion: a cascade scenario its
 * study (as {@code reproduce cascade-figures}), a troll scenario Figure 5 over its seeds ({@code reproduce
 * troll-figure5}), an LKML scenario the mixture grid of configuration I ({@code reproduce lkml-figure3}). Which of
 * the shared options each model takes is said here once.
 */
final class ModelExperiment {
    private final Object loaded;
    private final String reference;

    /** @param loaded what the scenario loader returned for {@code reference} (not a Diluvsion scenario) */
    ModelExperiment(Object loaded, String reference) {
        this.loaded = loaded;
        this.reference = reference;
    }

    /** The model a loaded scenario belongs to, as its {@code model:} key names it. */
    static String model(Object loaded) {
        if (loaded instanceof DiluvsionScenario) return "diluvsion";
        if (loaded instanceof CascadeBinder.Loaded) return "cascade";
        if (loaded instanceof TrollScenario) return "troll";
        if (loaded instanceof LkmlScenario) return "lkml";
        throw new IllegalArgumentException("no experiment for a scenario of type " + loaded.getClass().getName());
    }

    String model() {
        return model(loaded);
    }

    String reference() {
        return reference;
    }

    /** The scenario's name, which names its output directory. */
    String name() {
        if (loaded instanceof CascadeBinder.Loaded c) return c.scenario().name();
        if (loaded instanceof TrollScenario t) return t.name();
        return ((LkmlScenario) loaded).name();
    }

    /** Whether {@code --runs} (seeds) applies; a cascade scenario has trials instead. */
    boolean takesRuns() {
        return !(loaded instanceof CascadeBinder.Loaded);
    }

    /** The {@code --out} that puts this scenario's outputs in {@code root/<scenario>/}: the cascade study adds its name itself. */
    Path outUnder(Path root) {
        return loaded instanceof CascadeBinder.Loaded ? root : root.resolve(name());
    }

    /** Runs the experiment through its own command, with the options it takes; its exit code. */
    int execute(CommandSpec spec, Integer runs, Integer threads, Path out, List<String> modelOptions) {
        List<String> args = new ArrayList<>();
        Object command;
        if (loaded instanceof CascadeBinder.Loaded) {
            command = new CascadeCommand();
            args.add(reference);
        } else {
            command = loaded instanceof TrollScenario ? new TrollFigure5Command() : new LkmlFigure3Command();
            args.addAll(List.of("--scenario", reference));
            if (runs != null) args.addAll(List.of("--runs", runs.toString()));
        }
        args.addAll(modelOptions);
        if (out != null) args.addAll(List.of("--out", out.toString()));
        if (threads != null && !(command instanceof TrollFigure5Command)) args.addAll(List.of("--threads", threads.toString()));
        CommandLine delegate = Main.configure(new CommandLine(command));
        delegate.setOut(spec.commandLine().getOut());
        delegate.setErr(spec.commandLine().getErr());
        return delegate.execute(args.toArray(String[]::new));
    }
}
