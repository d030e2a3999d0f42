package org.infoops.scenario.diluvsion;

import org.infoops.scenario.Csv;
import org.infoops.scenario.ScenarioLoader;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The calibration's files: {@code calibrated.yaml} (the chosen values as scenario-file overrides, with provenance),
 * {@code calibration_report.md} (before/after docking, training and held-out simulations apart, the chosen
 * readings, the objective surface) and {@code objective_surface.csv} (every candidate scored).
 */
public final class CalibrationReport {
    public static final String CALIBRATED = "calibrated.yaml";
    public static final String REPORT = "calibration_report.md";
    public static final String SURFACE = "objective_surface.csv";

    private CalibrationReport() {}

    /** Held-out simulations improved: their objective fell, and no fewer of them match the paper. */
    public static boolean heldOutImproved(Calibrator.Result r, CalibrationSpace space) {
        Docking before = DockingReport.of(r.before().table1()).only(space.heldOut());
        Docking after = DockingReport.of(r.after().table1()).only(space.heldOut());
        return CalibrationObjective.of(after) < CalibrationObjective.of(before)
                && after.summary().matching() >= before.summary().matching();
    }

    public static void write(Calibrator.Result r, Calibrator.Settings s, Path out, String command, String version) throws IOException {
        CalibrationSpace space = s.space();
        Docking before = DockingReport.of(r.before().table1());
        Docking after = DockingReport.of(r.after().table1());
        boolean improved = heldOutImproved(r, space);
        String provenance = provenance(r, s, command, version, before, after, space);
        DockingReport.text(out.resolve(CALIBRATED), calibratedYaml(r, provenance));
        DockingReport.text(out.resolve(SURFACE), surface(r));
        StringBuilder m = new StringBuilder("# Calibration against the paper's Table 1\n\n");
        m.append(provenance.lines().map(l -> l.replaceFirst("^# ?", "")).reduce("", (a, b) -> a + b + "  \n")).append('\n');
        m.append("## Chosen values\n\n");
        if (r.best().candidate().values().isEmpty()) m.append("The shipped values scored best.\n");
        for (Map.Entry<String, Object> e : r.best().candidate().values().entrySet()) {
            m.append("- `").append(e.getKey()).append("`: ").append(CalibrationCandidate.format(e.getValue()))
                    .append(" (shipped: ").append(CalibrationCandidate.shippedValue(new ScenarioLoader(), space.training().get(0), e.getKey()))
                    .append(")\n");
        }
        m.append("\n## Training simulations (").append(String.join(", ", space.training())).append(")\n\n");
        section(m, before.only(space.training()), after.only(space.training()));
        m.append("\n## Held-out simulations (").append(String.join(", ", space.heldOut())).append(")\n\n");
        section(m, before.only(space.heldOut()), after.only(space.heldOut()));
        m.append("\nHeld-out simulations ").append(improved ? "improved" : "did not improve")
                .append(" (objective lower and no fewer matching simulations). ");
        m.append(improved ? "The calibrated values may become the shipped defaults.\n"
                : "The calibrated values must not become the shipped defaults.\n");
        m.append("\n## All simulations, before\n\n").append(DockingFormat.metricsTable(before));
        m.append("\n## All simulations, after\n\n").append(DockingFormat.metricsTable(after));
        m.append("\n## Objective surface: the discrete readings at the shipped continuous values (training set, ")
                .append(s.runs()).append(" runs each)\n\n|objective|readings|training docking|\n|---:|---|---|\n");
        for (Calibrator.Scored c : r.screened()) {
            m.append(String.format(Locale.ROOT, "|%.3f|%s|%s|%n", c.objective(), c.candidate().key(), c.summary()));
        }
        if (!r.searched().isEmpty()) {
            m.append("\n## CMA-ES over the continuous values (in evaluation order)\n\n|objective|candidate|\n|---:|---|\n");
            for (Calibrator.Scored c : r.searched()) {
                m.append(String.format(Locale.ROOT, "|%.3f|%s|%n", c.objective(), c.candidate().key()));
            }
        }
        m.append("\nThe objective: per simulation, mean squared stance count error in units of 100 agents plus mean "
                + "squared theme count error in units of 40 agents, averaged over simulations (lower is better). "
                + "Full docking reports: before/table1_vs_paper.md, after/table1_vs_paper.md.\n");
        DockingReport.text(out.resolve(REPORT), m.toString());
    }

    private static void section(StringBuilder m, Docking before, Docking after) {
        m.append(String.format(Locale.ROOT, "Objective: before %.3f, after %.3f.%n%n", CalibrationObjective.of(before), CalibrationObjective.of(after)));
        m.append("Before (shipped):\n\n").append(DockingFormat.summaryMarkdown(before.summary()));
        m.append("\nAfter (calibrated):\n\n").append(DockingFormat.summaryMarkdown(after.summary()));
    }

    private static String provenance(Calibrator.Result r, Calibrator.Settings s, String command, String version,
                                     Docking before, Docking after, CalibrationSpace space) {
        return String.join("\n",
                "# Written by `" + command + "` (infoops-gym " + version + ") at " + Instant.now(),
                "# Targets: the paper's Table 1 end counts (stances and themes), scenarios/diluvsion/paper-table1.csv",
                "# Training: " + String.join(", ", space.training()) + "; held out: " + String.join(", ", space.heldOut()),
                "# Search: " + r.screened().size() + " discrete combinations screened, CMA-ES " + r.searched().size()
                        + " candidates; " + s.runs() + " runs per simulation and candidate, run indices 0.." + (s.runs() - 1)
                        + " with each scenario's own seed (common random numbers); CMA-ES seed " + s.seed(),
                String.format(Locale.ROOT, "# Training objective of the best candidate in the search: %.3f", r.best().objective()),
                String.format(Locale.ROOT, "# At %d runs: training objective before %.3f, after %.3f; held-out before %.3f, after %.3f",
                        s.finalRuns(), CalibrationObjective.of(before.only(space.training())), CalibrationObjective.of(after.only(space.training())),
                        CalibrationObjective.of(before.only(space.heldOut())), CalibrationObjective.of(after.only(space.heldOut()))),
                String.format(Locale.ROOT, "# Wall time: %.0f s", r.wallSeconds()));
    }

    private static String calibratedYaml(Calibrator.Result r, String provenance) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> e : r.best().candidate().values().entrySet()) {
            String[] parts = e.getKey().split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
            }
            if (e.getValue() instanceof Double d) node.put(parts[parts.length - 1], d);
            else node.put(parts[parts.length - 1], String.valueOf(e.getValue()));
        }
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
        return provenance + "\n# Every value below is calibrated [C]; merge it into a scenario file (or parameters.yaml for parameters.*).\n"
                + (root.isEmpty() ? "{}\n" : yaml.writeValueAsString(root));
    }

    private static String surface(Calibrator.Result r) {
        StringBuilder s = new StringBuilder("phase,objective,candidate,training_docking\n");
        List<Calibrator.Scored> all = new java.util.ArrayList<>(r.screened());
        all.addAll(r.searched());
        for (Calibrator.Scored c : all) {
            s.append(c.phase()).append(',').append(Csv.number(c.objective())).append(',').append(Csv.text(c.candidate().key()))
                    .append(',').append(Csv.text(c.summary())).append('\n');
        }
        return s.toString();
    }
}
