package org.infoops.env.diluvsion;

import java.util.List;
import org.infoops.model.diluvsion.DiluvsionWorld;
import org.infoops.model.diluvsion.Stance;

/**
 * What a bot operator is rewarded for. Each objective is a score in [0, 1] of the world's state; the reward of a
 * decision is 100 x the change of the score over it (percentage points), so an episode's return is the change from
 * start to end and never depends on how the episode is cut into decisions.
 */
public enum Objective {
    /** Grow the target stance's share of all agents. */
    MAXIMISE_STANCE,
    /** Shrink the share of the stance that was largest at the start of the episode (Sim 1's positive majority). */
    SHRINK_MAJORITY,
    /** Two strong, equal poles: 2 x min(negative share, positive share). */
    POLARISE,
    /** Grow the share of agents holding the target theme. */
    SPREAD_THEME;

    public static final List<String> NAMES = java.util.Arrays.stream(values()).map(o -> o.name().toLowerCase()).toList();

    /** The score: stance and theme shares are of all agents. */
    double score(DiluvsionWorld w, Stance target, int targetTheme, Stance majority) {
        double n = w.agentCount();
        return switch (this) {
            case MAXIMISE_STANCE -> w.stanceCount(target) / n;
            case SHRINK_MAJORITY -> 1 - w.stanceCount(majority) / n;
            case POLARISE -> 2 * Math.min(w.stanceCount(Stance.NEGATIVE), w.stanceCount(Stance.POSITIVE)) / n;
            case SPREAD_THEME -> w.themeHolders(targetTheme) / n;
        };
    }

    static Stance largest(DiluvsionWorld w) {
        Stance best = Stance.NEGATIVE;
        for (Stance s : Stance.ALL) if (w.stanceCount(s) > w.stanceCount(best)) best = s;
        return best;
    }
}
