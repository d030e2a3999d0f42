package org.infoops.scenario.lkml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.infoops.kernel.JsonTrees;
import org.infoops.learn.Method;
import org.infoops.model.lkml.LkmlParameters;
import org.infoops.model.lkml.truth.GroundTruthSettings;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.ScenarioBinder;
import org.infoops.scenario.ScenarioDocument;
import org.infoops.scenario.ScenarioLoader;
import org.infoops.scenario.ScenarioText;
import org.infoops.kernel.TreeBinder;

/**
 * Binds LKML scenarios ({@code model: lkml}) for the {@link ScenarioLoader}: the scenario's {@code parameters:} are
 * deep-merged over {@code scenarios/lkml/parameters.yaml} and its {@code groundTruth:} over
 * {@code scenarios/lkml/ground-truth.yaml}, then bound strictly by the project's {@link TreeBinder}; every error
 * names the field path, the value and what is allowed.
 */
public final class LkmlBinder extends ScenarioBinder<LkmlScenario> {
    public static final String DEFAULTS = "scenarios/lkml/parameters.yaml";
    public static final String GROUND_TRUTH = "scenarios/lkml/ground-truth.yaml";

    /** The layout of parameters.yaml. */
    public record ParameterFile(LkmlParameters.Periods periods, LkmlParameters.Process process, LkmlParameters.Fit fit,
                                MixtureSpec mixtures) {}

    public record MixtureSpec(List<Double> shares, List<Method> methods) {}

    public LkmlBinder() {
        super("lkml", LkmlScenario.class, List.of("name", "model", "description", "runs", "seed", "realLog", "groundTruth", "parameters"));
    }

    @Override
    public LkmlScenario bind(ScenarioDocument document) {
        String source = document.source();
        TreeBinder binder = document.binder();
        ScenarioDocument.Header h = document.header();
        JsonNode realLog = document.root().get("realLog");
        String log = realLog == null || realLog.isNull() ? null : binder.bind(document.root().objectNode().set("realLog", realLog),
                RealLog.class, "").realLog();
        if (log != null) {
            Path p = document.baseDirectory().resolve(log);
            if (!Files.isRegularFile(p)) throw new ScenarioException(source, "realLog", "'" + log + "' is not a file; allowed: null (the ground-truth generator) or a CSV message log");
            log = p.toString();
        }
        ParameterFile pf = binder.bind(document.merged("parameters", DEFAULTS), ParameterFile.class, "parameters");
        GroundTruthSettings truth = binder.bind(document.merged("groundTruth", GROUND_TRUTH), GroundTruthSettings.class, "groundTruth");
        List<Double> shares = pf.mixtures().shares();
        for (double s : shares) {
            if (!(s >= 0 && s <= 1)) throw new ScenarioException(source, "parameters.mixtures.shares", s + " is out of range; allowed: 0 to 1");
        }
        if (shares.isEmpty() || pf.mixtures().methods().isEmpty()) {
            throw new ScenarioException(source, "parameters.mixtures", "shares and methods must not be empty");
        }
        return new LkmlScenario(h.name(), h.description(), h.runs(), h.seed(), log, truth,
                new LkmlParameters(pf.periods(), pf.process(), pf.fit()),
                new LkmlScenario.Mixtures(List.copyOf(shares), List.copyOf(pf.mixtures().methods())), source);
    }

    private record RealLog(String realLog) {}
}
