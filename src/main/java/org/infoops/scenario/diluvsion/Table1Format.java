package org.infoops.scenario.diluvsion;

import org.infoops.scenario.Csv;

import org.infoops.model.diluvsion.BotSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renderings of {@link Table1}: the paper's layout as CSV and Markdown (end means rounded to whole agents, as the
 * paper prints them, with {@code *} for p < 0.05), a tidy statistics CSV with full precision, and the short
 * per-scenario summary that {@code run} prints.
 */
public final class Table1Format {
    static final String MARK = "*";

    private Table1Format() {}

    /** {@code row,start,<scenario>...} with cells like {@code 133*}. */
    public static String csv(Table1 table) {
        StringBuilder s = new StringBuilder("row,start");
        for (String n : table.scenarioNames()) s.append(',').append(Csv.text(n));
        s.append('\n');
        for (Table1.Row row : table.rows()) {
            s.append(row.label()).append(',').append(whole(row.start()));
            for (Table1.Cell c : row.cells()) s.append(',').append(cell(c));
            s.append('\n');
        }
        return s.toString();
    }

    /** The Markdown table with the paper's descriptive header rows, a caption and the notes. */
    public static String markdown(Table1 table) {
        List<DiluvsionResult> results = table.results();
        StringBuilder s = new StringBuilder();
        s.append("| |Start|");
        for (String n : table.scenarioNames()) s.append(n).append('|');
        s.append("\n|---|---:|");
        s.append("---:|".repeat(results.size()));
        s.append('\n');
        describe(s, "Bots", results, b -> Integer.toString(b.count()));
        describe(s, "Stance ratio (bot)", results, Table1Format::ratio);
        describe(s, "Bot start", results, b -> b.placement() == BotSettings.Placement.EMBEDDED ? "Embed" : "Fringe");
        describe(s, "Bot roles", results, b -> b.roles() == BotSettings.RoleMode.HUMAN ? "Human" : capital(b.role()));
        describe(s, "Bot frequency", results, b -> b.roles() == BotSettings.RoleMode.HUMAN ? "Human" : frequency(b.level()));
        describe(s, "Bot reply", results, b -> b.replyTactic() == BotSettings.ReplyTactic.VULNERABLE ? "Vuln." : "Engage");
        describe(s, "Bot adopts themes", results, Table1Format::themes);
        for (Table1.Row row : table.rows()) {
            s.append('|').append(row.label()).append('|').append(whole(row.start())).append('|');
            for (Table1.Cell c : row.cells()) s.append(cell(c).replace(MARK, "\\*")).append('|');
            s.append('\n');
        }
        int runs = results.stream().mapToInt(DiluvsionResult::runs).max().orElse(0);
        s.append('\n').append("Agents holding each stance and theme at the last step, mean over ")
                .append(runs).append(" runs. \\* = p < 0.05 in Welch's two-sided t-test of the end values against the "
                        + "scenario's baseline (").append(baselines(results)).append(").\n");
        for (String note : table.notes()) s.append("\nNote: ").append(note).append('\n');
        return s.toString();
    }

    /** One row per (scenario, Table 1 row) with full precision: for regression tests and further analysis. */
    public static String statsCsv(Table1 table) {
        StringBuilder s = new StringBuilder("scenario,baseline,row,column,runs,start_mean,end_mean,end_sd,p_value,significant\n");
        for (Table1.Row row : table.rows()) {
            for (int i = 0; i < table.results().size(); i++) {
                DiluvsionResult r = table.results().get(i);
                Table1.Cell c = row.cells().get(i);
                s.append(Csv.text(r.scenario().name())).append(',').append(Csv.text(r.scenario().baseline())).append(',')
                        .append(row.label()).append(',').append(row.column()).append(',').append(r.runs()).append(',')
                        .append(Csv.number(DiluvsionResult.meanSd(r.startValues(row.column()))[0])).append(',')
                        .append(Csv.number(c.mean())).append(',').append(Csv.number(c.sd())).append(',')
                        .append(Csv.number(c.pValue())).append(',').append(c.significant()).append('\n');
            }
        }
        return s.toString();
    }

    /** The short Table-1-style summary of one scenario that {@code run} prints. */
    public static String summary(DiluvsionResult r) {
        DiluvsionScenario sc = r.scenario();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%s: %d run%s x %d steps, seed %d, %.1f s%n", sc.name(), r.runs(),
                r.runs() == 1 ? "" : "s", r.steps(), sc.seed(), r.wallSeconds()));
        s.append(String.format(Locale.ROOT, "%-5s %8s %10s %8s%n", "", "start", "end mean", "end sd"));
        for (String[] def : Table1.rowDefinitions()) {
            double start = DiluvsionResult.meanSd(r.startValues(def[1]))[0];
            double[] end = DiluvsionResult.meanSd(r.endValues(def[1]));
            s.append(String.format(Locale.ROOT, "%-5s %8.0f %10.1f %8.1f%n", def[0], start, end[0], end[1]));
        }
        double[] lr = DiluvsionResult.meanSd(r.likePerRetweet());
        double[] lp = DiluvsionResult.meanSd(r.likePerReply());
        s.append(String.format(Locale.ROOT, "like:retweet %.2f ± %.2f, like:reply %.2f ± %.2f (paper §4: 2.0 and 8.4)%n",
                lr[0], lr[1], lp[0], lp[1]));
        return s.toString();
    }

    static String cell(Table1.Cell c) {
        return whole(c.mean()) + (c.significant() ? MARK : "");
    }

    private static String whole(double v) {
        return Double.isFinite(v) ? Long.toString(Math.round(v)) : "";
    }

    /** A descriptive row like the paper's header rows; "-" where a scenario has no bots (Sim 11). */
    private static void describe(StringBuilder s, String label, List<DiluvsionResult> results, Function<BotSettings, String> f) {
        s.append('|').append(label).append("| |");
        for (DiluvsionResult r : results) {
            BotSettings b = r.scenario().setup().bots();
            s.append(b.count() == 0 && !label.equals("Bots") ? "-" : f.apply(b)).append('|');
        }
        s.append('\n');
    }

    private static String ratio(BotSettings b) {
        if (b.stanceMix() == BotSettings.StanceMix.HUMAN_START) return "start mix";
        return b.stanceRatio().negative() + ":" + b.stanceRatio().neutral() + ":" + b.stanceRatio().positive();
    }

    private static String themes(BotSettings b) {
        if (b.themes() == BotSettings.ThemeMode.ADOPT) return "Yes";
        return "Consv. " + String.join(",", b.conservedThemes().stream().map(t -> "T" + t).toList());
    }

    private static String frequency(String level) {
        return switch (level) {
            case "high" -> "Hi-hum.";
            case "medium" -> "Md-hum.";
            default -> "Lo-hum.";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String baselines(List<DiluvsionResult> results) {
        List<String> names = new ArrayList<>();
        for (DiluvsionResult r : results) if (!names.contains(r.scenario().baseline())) names.add(r.scenario().baseline());
        return String.join(", ", names);
    }
}
