package org.infoops.scenario.diluvsion;

import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.Stance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a sweep's Table 1 compares with the paper's, per simulation: stance rank order, each stance's share error
 * in percentage points, agreement of the Welch {@code *} marks, the mean absolute error over the 12 theme rows,
 * and theme slots per agent. A simulation "matches" when its stance rank order is the paper's and every stance
 * share is within {@link #SHARE_TOLERANCE} points. Only scenarios named like a paper column (sim01..sim16) take part.
 *
 * @param simulations in the sweep's order
 */
public record Docking(List<Simulation> simulations) {
    /** Stance share error allowed for a match, in percentage points. */
    public static final double SHARE_TOLERANCE = 10;
    /** Relative error of theme slots per agent counted as "within". */
    public static final double SLOTS_TOLERANCE = 0.15;
    static final int STANCES = 3;

    /**
     * @param name       the simulation (paper column) name
     * @param runs       runs behind our means
     * @param ours       our end means, one per Table 1 row
     * @param paper      the paper's end means
     * @param ourMarks   our {@code *} marks, or null when ours were not tested (baseline absent, or the baseline itself)
     * @param paperMarks the paper's marks
     * @param runsLargest in how many of our runs Con, Neu and Pro ended largest (a tie goes to the first of them).
     *                    The paper gives only means; where runs tip to one stance or another, the mean is the split.
     */
    public record Simulation(String name, int runs, double[] ours, double[] paper, boolean[] ourMarks, boolean[] paperMarks,
                             int[] runsLargest) {
        /** Our stance shares in percent of all agents. */
        public double[] ourShares() {
            return shares(ours);
        }

        public double[] paperShares() {
            return shares(paper);
        }

        /** |ours - paper| per stance, in percentage points. */
        public double[] shareErrors() {
            double[] o = ourShares(), p = paperShares(), e = new double[STANCES];
            for (int s = 0; s < STANCES; s++) e[s] = Math.abs(o[s] - p[s]);
            return e;
        }

        public double maxShareError() {
            double m = 0;
            for (double e : shareErrors()) m = Math.max(m, e);
            return m;
        }

        /** The three stances in the same order of size as the paper's. */
        public boolean rankAgrees() {
            return java.util.Arrays.equals(rank(ours), rank(paper));
        }

        public boolean matches() {
            return rankAgrees() && maxShareError() <= SHARE_TOLERANCE;
        }

        /** {agreeing, compared} over the stance rows; {0, 0} when our marks were not tested. */
        public int[] stanceMarks() {
            return marks(0, STANCES);
        }

        public int[] themeMarks() {
            return marks(STANCES, ours.length);
        }

        /** Mean absolute error over the theme rows, in agents. */
        public double themeMae() {
            double sum = 0;
            for (int r = STANCES; r < ours.length; r++) sum += Math.abs(ours[r] - paper[r]);
            return sum / (ours.length - STANCES);
        }

        public double slotsPerAgent() {
            return slots(ours);
        }

        public double paperSlotsPerAgent() {
            return slots(paper);
        }

        public boolean slotsWithin() {
            return Math.abs(slotsPerAgent() / paperSlotsPerAgent() - 1) <= SLOTS_TOLERANCE;
        }

        private int[] marks(int from, int to) {
            if (ourMarks == null) return new int[] {0, 0};
            int agree = 0;
            for (int r = from; r < to; r++) if (ourMarks[r] == paperMarks[r]) agree++;
            return new int[] {agree, to - from};
        }

        private static double[] shares(double[] v) {
            double total = v[0] + v[1] + v[2];
            return new double[] {100 * v[0] / total, 100 * v[1] / total, 100 * v[2] / total};
        }

        private static double slots(double[] v) {
            double themes = 0;
            for (int r = STANCES; r < v.length; r++) themes += v[r];
            return themes / (v[0] + v[1] + v[2]);
        }

        private static int[] rank(double[] v) {
            Integer[] order = {0, 1, 2};
            java.util.Arrays.sort(order, (a, b) -> Double.compare(v[b], v[a]));
            return new int[] {order[0], order[1], order[2]};
        }
    }

    /** Totals over a set of simulations. */
    public record Summary(int simulations, int matching, int rankAgreeing, double meanMaxShareError,
                          int stanceMarksAgreeing, int stanceMarksCompared, int themeMarksAgreeing, int themeMarksCompared,
                          double meanThemeMae, int slotsWithin, double sim09T7) {}

    /** The simulations of {@code table} that the paper's Table 1 has, with their paper columns. */
    public static Docking of(Table1 table, PaperTable1 paper) {
        List<Simulation> sims = new ArrayList<>();
        for (int i = 0; i < table.results().size(); i++) {
            DiluvsionResult r = table.results().get(i);
            String name = r.scenario().name();
            if (!paper.has(name)) continue;
            int rows = table.rows().size();
            double[] ours = new double[rows];
            boolean[] marks = new boolean[rows];
            boolean tested = false;
            for (int k = 0; k < rows; k++) {
                Table1.Cell c = table.rows().get(k).cells().get(i);
                ours[k] = c.mean();
                marks[k] = c.significant();
                tested |= !Double.isNaN(c.pValue());
            }
            PaperTable1.Column p = paper.column(name);
            sims.add(new Simulation(name, r.runs(), ours, p.values(), tested ? marks : null, p.marks(), runsLargest(r)));
        }
        return new Docking(List.copyOf(sims));
    }

    private static int[] runsLargest(DiluvsionResult r) {
        double[][] ends = new double[STANCES][];
        for (Stance s : Stance.ALL) ends[s.ordinal()] = r.endValues(DiluvsionMetrics.stance(s));
        int[] largest = new int[STANCES];
        for (int run = 0; run < ends[0].length; run++) {
            int best = 0;
            for (int st = 1; st < STANCES; st++) if (ends[st][run] > ends[best][run]) best = st;
            largest[best]++;
        }
        return largest;
    }

    public boolean isEmpty() {
        return simulations.isEmpty();
    }

    /** The same comparison restricted to the named simulations (in this docking's order). */
    public Docking only(Collection<String> names) {
        return new Docking(simulations.stream().filter(s -> names.contains(s.name())).toList());
    }

    public Summary summary() {
        int matching = 0, rank = 0, sa = 0, sc = 0, ta = 0, tc = 0, slots = 0;
        double maxErr = 0, mae = 0, t7 = Double.NaN;
        for (Simulation s : simulations) {
            if (s.matches()) matching++;
            if (s.rankAgrees()) rank++;
            if (s.slotsWithin()) slots++;
            maxErr += s.maxShareError();
            mae += s.themeMae();
            sa += s.stanceMarks()[0];
            sc += s.stanceMarks()[1];
            ta += s.themeMarks()[0];
            tc += s.themeMarks()[1];
            if (s.name().equals("sim09")) t7 = s.ours()[STANCES + 6];
        }
        int n = simulations.size();
        return new Summary(n, matching, rank, n == 0 ? Double.NaN : maxErr / n, sa, sc, ta, tc,
                n == 0 ? Double.NaN : mae / n, slots, t7);
    }
}
