package org.infoops.scenario.diluvsion;

import org.infoops.scenario.Csv;

import java.util.List;
import java.util.Locale;

/** Renderings of a {@link Docking}: the Markdown report, its CSV (one row per simulation) and summary lines. */
public final class DockingFormat {
    private static final String[] STANCES = {"Con", "Neu", "Pro"};

    private DockingFormat() {}

    /** The whole report: summary, per-simulation metrics, then every count beside the paper's. */
    public static String markdown(Docking d, String title) {
        StringBuilder s = new StringBuilder("# ").append(title).append("\n\n");
        s.append(summaryMarkdown(d.summary())).append('\n');
        s.append(metricsTable(d)).append('\n');
        s.append(countsTable(d)).append('\n');
        s.append("""
                Shares are percent of all agents at the last step. A simulation *matches* when its three stances rank \
                in the paper's order and every share is within %.0f points. Mark agreement compares our `*` (Welch's \
                t-test against Sim 1, p < 0.05) with the paper's, cell by cell; it needs Sim 1 in the same sweep. \
                Theme MAE is the mean absolute difference over T1..T12 in agents; theme slots per agent is the sum \
                of the theme rows over the agents ("within" = %.0f%% of the paper's). *Runs largest* counts the runs in \
                which each stance ended largest: the paper gives only means, and where runs tip to one stance or \
                another the mean follows the split. The paper's values: \
                scenarios/diluvsion/paper-table1.csv (Table 1 of arXiv:2402.01905v2).
                """.formatted(Docking.SHARE_TOLERANCE, 100 * Docking.SLOTS_TOLERANCE));
        return s.toString();
    }

    /** The summary as a bullet list. */
    public static String summaryMarkdown(Docking.Summary m) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "- simulations matching (rank order and every share within %.0f points): %d of %d%n",
                Docking.SHARE_TOLERANCE, m.matching(), m.simulations()));
        s.append(String.format(Locale.ROOT, "- stance rank order as the paper's: %d of %d%n", m.rankAgreeing(), m.simulations()));
        s.append(String.format(Locale.ROOT, "- mean of the largest stance-share error per simulation: %.1f points%n", m.meanMaxShareError()));
        s.append(String.format(Locale.ROOT, "- Welch marks agreeing: stance %s, theme %s%n",
                ratio(m.stanceMarksAgreeing(), m.stanceMarksCompared()), ratio(m.themeMarksAgreeing(), m.themeMarksCompared())));
        s.append(String.format(Locale.ROOT, "- theme MAE, mean over simulations: %.1f agents%n", m.meanThemeMae()));
        s.append(String.format(Locale.ROOT, "- theme slots per agent within %.0f%% of the paper's: %d of %d%n",
                100 * Docking.SLOTS_TOLERANCE, m.slotsWithin(), m.simulations()));
        if (!Double.isNaN(m.sim09T7())) s.append(String.format(Locale.ROOT, "- Sim 9's T7: %.0f (paper 519)%n", m.sim09T7()));
        return s.toString();
    }

    /** One line for progress output and logs. */
    public static String summaryLine(Docking.Summary m) {
        return String.format(Locale.ROOT, "%d/%d match, rank %d/%d, max share error %.1f pt, marks %s stance %s theme, theme MAE %.1f, slots within %d/%d%s",
                m.matching(), m.simulations(), m.rankAgreeing(), m.simulations(), m.meanMaxShareError(),
                ratio(m.stanceMarksAgreeing(), m.stanceMarksCompared()), ratio(m.themeMarksAgreeing(), m.themeMarksCompared()),
                m.meanThemeMae(), m.slotsWithin(), m.simulations(),
                Double.isNaN(m.sim09T7()) ? "" : String.format(Locale.ROOT, ", Sim 9 T7 %.0f", m.sim09T7()));
    }

    static String metricsTable(Docking d) {
        StringBuilder s = new StringBuilder("|simulation|runs|ours Con/Neu/Pro|paper Con/Neu/Pro|rank|error Con|error Neu|error Pro|match|stance marks|theme marks|theme MAE|slots/agent|paper slots/agent|runs largest Con/Neu/Pro|\n");
        s.append("|---|---:|---:|---:|:-:|---:|---:|---:|:-:|---:|---:|---:|---:|---:|---:|\n");
        for (Docking.Simulation sim : d.simulations()) {
            double[] e = sim.shareErrors();
            int[] l = sim.runsLargest();
            s.append(String.format(Locale.ROOT, "|%s|%d|%s|%s|%s|%.1f|%.1f|%.1f|%s|%s|%s|%.1f|%.2f|%.2f|%d / %d / %d|%n", sim.name(), sim.runs(),
                    stances(sim.ours()), stances(sim.paper()), sim.rankAgrees() ? "yes" : "no", e[0], e[1], e[2],
                    sim.matches() ? "yes" : "no", ratio(sim.stanceMarks()[0], sim.stanceMarks()[1]),
                    ratio(sim.themeMarks()[0], sim.themeMarks()[1]), sim.themeMae(), sim.slotsPerAgent(), sim.paperSlotsPerAgent(), l[0], l[1], l[2]));
        }
        return s.toString();
    }

    /** Every Table 1 cell as "ours / paper", marks included. */
    static String countsTable(Docking d) {
        List<String> rows = PaperTable1.load().rows();
        StringBuilder s = new StringBuilder("|row|");
        for (Docking.Simulation sim : d.simulations()) s.append(sim.name()).append(" ours / paper|");
        s.append("\n|---|").append("---:|".repeat(d.simulations().size())).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            s.append('|').append(rows.get(r)).append('|');
            for (Docking.Simulation sim : d.simulations()) {
                boolean ourMark = sim.ourMarks() != null && sim.ourMarks()[r];
                s.append(Math.round(sim.ours()[r])).append(ourMark ? "\\*" : "").append(" / ")
                        .append(Math.round(sim.paper()[r])).append(sim.paperMarks()[r] ? "\\*" : "").append('|');
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** One row per simulation: counts (ours_*, paper_*), marks and every metric. */
    public static String csv(Docking d) {
        List<String> rows = PaperTable1.load().rows();
        StringBuilder s = new StringBuilder("simulation,runs");
        for (String r : rows) s.append(",ours_").append(r);
        for (String r : rows) s.append(",paper_").append(r);
        for (String r : rows) s.append(",ours_mark_").append(r);
        for (String r : rows) s.append(",paper_mark_").append(r);
        s.append(",rank_agrees,error_con,error_neu,error_pro,max_error,matches,stance_marks_agreeing,stance_marks_compared,"
                + "theme_marks_agreeing,theme_marks_compared,theme_mae,slots_per_agent,paper_slots_per_agent,runs_largest_con,runs_largest_neu,runs_largest_pro\n");
        for (Docking.Simulation sim : d.simulations()) {
            s.append(Csv.text(sim.name())).append(',').append(sim.runs());
            for (double v : sim.ours()) s.append(',').append(Csv.number(v));
            for (double v : sim.paper()) s.append(',').append(Csv.number(v));
            for (int r = 0; r < rows.size(); r++) s.append(',').append(sim.ourMarks() == null ? "" : Boolean.toString(sim.ourMarks()[r]));
            for (boolean m : sim.paperMarks()) s.append(',').append(m);
            double[] e = sim.shareErrors();
            s.append(',').append(sim.rankAgrees()).append(',').append(Csv.number(e[0])).append(',').append(Csv.number(e[1]))
                    .append(',').append(Csv.number(e[2])).append(',').append(Csv.number(sim.maxShareError()))
                    .append(',').append(sim.matches()).append(',').append(sim.stanceMarks()[0]).append(',').append(sim.stanceMarks()[1])
                    .append(',').append(sim.themeMarks()[0]).append(',').append(sim.themeMarks()[1])
                    .append(',').append(Csv.number(sim.themeMae())).append(',').append(Csv.number(sim.slotsPerAgent()))
                    .append(',').append(Csv.number(sim.paperSlotsPerAgent()));
            for (int n : sim.runsLargest()) s.append(',').append(n);
            s.append('\n');
        }
        return s.toString();
    }

    private static String stances(double[] v) {
        return Math.round(v[0]) + " / " + Math.round(v[1]) + " / " + Math.round(v[2]);
    }

    private static String ratio(int agree, int total) {
        return total == 0 ? "n/a" : agree + "/" + total;
    }

    static String stanceLabel(int s) {
        return STANCES[s];
    }
}
