package org.infoops.env.diluvsion;

import java.util.ArrayList;
import java.util.List;
import org.infoops.env.Component;
import org.infoops.env.Components;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.Stance;

/** Component names the Diluvsion environments' observations share: per stance, per theme, and the time features. */
final class DiluvsionNames {
    private DiluvsionNames() {}

    /** The time features of {@link DiluvsionEpisodes#time()}, in its order. */
    static final List<Component> TIME = Components.of(
            "week_sin", "sine of the position in the week (a 30-minute slot of 336)",
            "week_cos", "cosine of the position in the week (a 30-minute slot of 336)",
            "episode_done", "share of the episode's decisions done, 0 to 1");

    /** One component per stance in {@link Stance#ALL} order, meaning {@code what} + " the STANCE stance". */
    static List<Component> stances(String what) {
        List<Component> out = new ArrayList<>();
        for (Stance s : Stance.ALL) out.add(Component.of(s.label(), what + " the " + s.label() + " stance"));
        return List.copyOf(out);
    }

    /** T1 .. T12, meaning {@code what} + " theme Tt". */
    static List<Component> themes(String what) {
        List<Component> out = new ArrayList<>();
        for (int t = 1; t <= DiluvsionMetrics.THEMES; t++) out.add(Component.of("T" + t, what + " theme T" + t));
        return List.copyOf(out);
    }
}
