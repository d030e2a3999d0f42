package org.infoops.scenario.diluvsion;

import org.infoops.scenario.Csv;
import org.infoops.scenario.StagedDirectory;

import org.infoops.model.diluvsion.EntityTable;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.DiluvsionRun;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one scenario's files into a staging directory as its runs arrive, and moves the directory into place
 * at {@code <out>/<scenario>/} when complete. Per-run rows are streamed, so no run is kept after it is written.
 *
 * <ul>
 *   <li>{@code steps.csv} — run, step, then {@link DiluvsionMetrics#COLUMNS}: one row per run and step</li>
 *   <li>{@code steps_mean.csv} — step, then {@code <column>_mean} and {@code <column>_sd} over runs</li>
 *   <li>{@code tweets.csv} — run, then {@link DiluvsionMetrics#TWEET_COLUMNS}; run 0 only unless all tweets</li>
 *   <li>{@code agents.csv} — run, then {@link DiluvsionMetrics#AGENT_COLUMNS}: every run</li>
 *   <li>{@code summary.json}, {@code stance.png}</li>
 * </ul>
 */
public final class DiluvsionWriter {
    static final String STEPS = "steps.csv";
    static final String STEPS_MEAN = "steps_mean.csv";
    static final String TWEETS = "tweets.csv";
    static final String AGENTS = "agents.csv";
    public static final String SUMMARY = "summary.json";
    public static final String STANCE_PNG = "stance.png";

    private final StagedDirectory stage;
    private final boolean allTweets;
    private final Writer steps;
    private final Writer tweets;
    private final Writer agents;

    private DiluvsionWriter(StagedDirectory stage, boolean allTweets) throws IOException {
        this.stage = stage;
        this.allTweets = allTweets;
        this.steps = open(STEPS);
        this.tweets = open(TWEETS);
        this.agents = open(AGENTS);
        List<String> stepHeader = new ArrayList<>(List.of("run", "step"));
        stepHeader.addAll(DiluvsionMetrics.COLUMNS);
        Csv.header(steps, stepHeader);
        Csv.header(tweets, withRun(DiluvsionMetrics.TWEET_COLUMNS));
        Csv.header(agents, withRun(DiluvsionMetrics.AGENT_COLUMNS));
    }

    /** Starts writing {@code <outRoot>/<scenario name>} (staged; nothing visible until {@link #finish}). */
    static DiluvsionWriter open(Path outRoot, DiluvsionScenario scenario, boolean allTweets) throws IOException {
        StagedDirectory stage = StagedDirectory.create(outRoot.resolve(scenario.name()));
        try {
            return new DiluvsionWriter(stage, allTweets);
        } catch (IOException | RuntimeException e) {
            stage.discard();
            throw e;
        }
    }

    Path target() {
        return stage.target();
    }

    /** Appends one run's rows; runs must come in run-index order. */
    void write(DiluvsionRun run) throws IOException {
        double[][] values = RunAggregator.ordered(run.steps(), run.run());
        int stepCount = run.steps().steps();
        StringBuilder row = new StringBuilder(512);
        for (int t = 0; t < stepCount; t++) {
            row.setLength(0);
            row.append(run.run()).append(',').append(t);
            for (double[] column : values) row.append(',').append(Csv.number(column[t]));
            steps.append(row).append('\n');
        }
        if (run.tweets() != null && (allTweets || run.run() == 0)) {
            rows(tweets, run.run(), run.tweets(), DiluvsionMetrics.TWEET_COLUMNS, "tweets");
        }
        if (run.agents() != null) rows(agents, run.run(), run.agents(), DiluvsionMetrics.AGENT_COLUMNS, "agents");
    }

    /** Writes the aggregate files and moves everything into place; returns the final directory. */
    Path finish(DiluvsionResult result) throws IOException {
        steps.close();
        tweets.close();
        agents.close();
        Path dir = stage.path();
        writeMeans(result, dir.resolve(STEPS_MEAN));
        SummaryJson.write(result, allTweets, dir.resolve(SUMMARY));
        StanceCharts.writePanel(result, dir.resolve(STANCE_PNG));
        return stage.commit();
    }

    /** Drops the staged files; the previous output (if any) stays. Never throws. */
    void abort() {
        closeQuietly(steps);
        closeQuietly(tweets);
        closeQuietly(agents);
        stage.discard();
    }

    private static void writeMeans(DiluvsionResult r, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("step"));
            for (String c : r.columns()) {
                header.add(c + "_mean");
                header.add(c + "_sd");
            }
            Csv.header(w, header);
            StringBuilder row = new StringBuilder(1024);
            for (int t = 0; t < r.steps(); t++) {
                row.setLength(0);
                row.append(t);
                for (int c = 0; c < r.columns().size(); c++) {
                    row.append(',').append(Csv.number(r.mean()[c][t])).append(',').append(Csv.number(r.sd()[c][t]));
                }
                w.append(row).append('\n');
            }
        }
    }

    private static void rows(Writer w, int run, EntityTable table, List<String> columns, String what) throws IOException {
        long[][] values = new long[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            int i = table.columns().indexOf(columns.get(c));
            if (i < 0) throw new IllegalStateException("run " + run + ": the " + what + " table lacks column '"
                    + columns.get(c) + "'; has " + table.columns());
            values[c] = table.values()[i];
        }
        StringBuilder row = new StringBuilder(128);
        for (int r = 0; r < table.rows(); r++) {
            row.setLength(0);
            row.append(run);
            for (long[] column : values) row.append(',').append(column[r]);
            w.append(row).append('\n');
        }
    }

    private Writer open(String name) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(stage.path().resolve(name), StandardCharsets.UTF_8), 1 << 16);
    }

    private static List<String> withRun(List<String> columns) {
        List<String> out = new ArrayList<>(List.of("run"));
        out.addAll(columns);
        return out;
    }

    private static void closeQuietly(Writer w) {
        try {
            w.close();
        } catch (IOException ignored) {
            // the directory is discarded anyway
        }
    }
}
