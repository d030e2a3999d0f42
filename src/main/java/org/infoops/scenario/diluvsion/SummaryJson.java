package org.infoops.scenario.diluvsion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.Stance;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code summary.json}: what was run (scenario, runs, steps, seeds) and what came out (start and end mean/sd of
 * every stance and theme count, engagement ratios, wall time). Non-finite numbers are written as null.
 */
final class SummaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    static ObjectNode build(DiluvsionResult r, boolean allTweets) {
        DiluvsionScenario s = r.scenario();
        ObjectNode root = JSON.createObjectNode();
        root.put("scenario", s.name());
        root.put("model", s.model());
        root.put("description", s.description());
        root.put("source", s.source());
        root.put("baseline", s.baseline());
        root.put("runs", r.runs());
        root.put("steps", s.steps());
        root.put("recordedSteps", r.steps());
        root.put("seed", s.seed());
        root.put("graphSeed", s.setup().graph().seed());
        number(root, "wallSeconds", r.wallSeconds());
        number(root, "runSeconds", r.runSeconds());
        ObjectNode stances = root.putObject("stances");
        for (Stance st : Stance.ALL) startEnd(stances.putObject(st.label()), r, DiluvsionMetrics.stance(st));
        ObjectNode themes = root.putObject("themes");
        for (int t = 1; t <= DiluvsionMetrics.THEMES; t++) startEnd(themes.putObject("T" + t), r, DiluvsionMetrics.theme(t));
        ObjectNode engagement = root.putObject("engagement");
        engagement.put("note", "per run: total likes / total retweets and / total replies over its tweets; "
                + "the paper's simulations give 2.0 and 8.4 (Diluvsion §4 l.394)");
        meanSd(engagement.putObject("likePerRetweet"), DiluvsionResult.meanSd(r.likePerRetweet()));
        meanSd(engagement.putObject("likePerReply"), DiluvsionResult.meanSd(r.likePerReply()));
        root.put("tweetsCsv", allTweets ? "all runs" : "run 0 only");
        return root;
    }

    static void write(DiluvsionResult r, boolean allTweets, Path file) throws IOException {
        JSON.writeValue(file.toFile(), build(r, allTweets));
    }

    private static void startEnd(ObjectNode node, DiluvsionResult r, String column) {
        meanSd(node.putObject("start"), DiluvsionResult.meanSd(r.startValues(column)));
        meanSd(node.putObject("end"), DiluvsionResult.meanSd(r.endValues(column)));
    }

    private static void meanSd(ObjectNode node, double[] meanSd) {
        number(node, "mean", meanSd[0]);
        number(node, "sd", meanSd[1]);
    }

    private static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) node.put(key, v);
        else node.putNull(key);
    }
}
