package org.infoops.scenario.diluvsion;

/**
 * The calibration's loss against the paper's Table 1 (lower is better): per simulation, the mean squared stance
 * count error in units of 100 agents (10 share points, the match tolerance) plus the mean squared theme count
 * error in units of 40 agents (the aimed-for theme MAE); averaged over simulations. Stances and themes weigh
 * alike however many theme rows there are.
 */
public final class CalibrationObjective {
    static final double STANCE_SCALE = 100;
    static final double THEME_SCALE = 40;

    private CalibrationObjective() {}

    public static double of(Docking d) {
        if (d.isEmpty()) return Double.NaN;
        double total = 0;
        for (Docking.Simulation s : d.simulations()) total += of(s);
        return total / d.simulations().size();
    }

    static double of(Docking.Simulation s) {
        double stance = 0, theme = 0;
        int themes = s.ours().length - Docking.STANCES;
        for (int r = 0; r < s.ours().length; r++) {
            double e = s.ours()[r] - s.paper()[r];
            if (r < Docking.STANCES) stance += Math.pow(e / STANCE_SCALE, 2) / Docking.STANCES;
            else theme += Math.pow(e / THEME_SCALE, 2) / themes;
        }
        return stance + theme;
    }
}
