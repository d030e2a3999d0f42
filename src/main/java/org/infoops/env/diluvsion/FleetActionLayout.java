package org.infoops.env.diluvsion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infoops.env.Component;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.Tensor;
import org.infoops.model.diluvsion.BotSettings.ReplyTactic;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.RoleTable;
import org.infoops.model.diluvsion.Stance;

/**
 * The one definition of {@code diluvsion/bot-fleet-v0}'s action: the table of named entries per stance group of
 * bots, from which both the MultiDiscrete space (with its component names, sent to clients) and the decoding of an
 * action into each group's order are made, so the two cannot drift apart. Clients address entries by name
 * ({@code negative.role_mix.repliers}, {@code neutral.theme}), never by position.
 *
 * <p>Per group {@code G} in stance order (negative, neutral, positive): {@code G.role_mix.<role>s}, a weight 0 to
 * {@value #MAX_WEIGHT} for each of the five roles (all 0 means equal); {@code G.level}, the activity level (high,
 * medium or low: never above highly active humans, Diluvsion §3.5); {@code G.tactic}, the primary reply tactic
 * (vulnerable or engagement, §3.5); {@code G.theme}, a theme to push in every tweet (none or T1 to T12).
 */
public final class FleetActionLayout {
    /** Largest role weight; the weights' scale is free, 0..2 lets a policy mix up to two roles 2:1. */
    public static final int MAX_WEIGHT = 2;
    static final List<String> LEVELS = List.of("high", "medium", "low");
    private static final List<ReplyTactic> TACTICS = List.of(ReplyTactic.values());

    private static final List<Component> COMPONENTS = table();
    private static final MultiDiscrete SPACE = space(COMPONENTS);
    private static final Map<String, Integer> INDEX = index(COMPONENTS);

    private FleetActionLayout() {}

    /** One group's decoded order: role weights in {@link RoleTable#ROLES} order, level, tactic, pushed-theme mask. */
    record GroupOrder(double[] roleWeights, String level, ReplyTactic tactic, int pushedThemes) {}

    /** The action space, every entry named. */
    public static MultiDiscrete space() {
        return SPACE;
    }

    /** Position of the named entry in an action. */
    public static int indexOf(String name) {
        Integer i = INDEX.get(name);
        if (i == null) throw new IllegalArgumentException("no bot-fleet action entry " + name);
        return i;
    }

    /** The order an action gives the bots of {@code group}; the action is already checked against the space. */
    static GroupOrder order(Tensor action, Stance group) {
        String g = group.label();
        double[] weights = new double[RoleTable.ROLES.size()];
        for (int r = 0; r < weights.length; r++) weights[r] = action.longAt(indexOf(roleEntry(g, RoleTable.ROLES.get(r))));
        String level = LEVELS.get((int) action.longAt(indexOf(g + ".level")));
        ReplyTactic tactic = TACTICS.get((int) action.longAt(indexOf(g + ".tactic")));
        int theme = (int) action.longAt(indexOf(g + ".theme"));
        return new GroupOrder(weights, level, tactic, theme == 0 ? 0 : 1 << (theme - 1));
    }

    /**
     * The Diluvsion paper's best fixed tactic as an action (Sim 1, §5): every group all Repliers, highly active,
     * targeting vulnerable users, pushing no theme.
     */
    public static long[] paperTactic() {
        long[] a = new long[COMPONENTS.size()];
        for (Stance s : Stance.ALL) {
            String g = s.label();
            a[indexOf(roleEntry(g, "replier"))] = MAX_WEIGHT;
            a[indexOf(g + ".level")] = LEVELS.indexOf("high");
            a[indexOf(g + ".tactic")] = TACTICS.indexOf(ReplyTactic.VULNERABLE);
            a[indexOf(g + ".theme")] = 0;
        }
        return a;
    }

    private static String roleEntry(String group, String role) {
        return group + ".role_mix." + role + "s";
    }

    private static List<Component> table() {
        List<String> themes = new ArrayList<>(List.of("none"));
        for (int t = 1; t <= DiluvsionMetrics.THEMES; t++) themes.add("T" + t);
        List<String> tactics = TACTICS.stream().map(t -> t.name().toLowerCase()).toList();
        List<Component> out = new ArrayList<>();
        for (Stance s : Stance.ALL) {
            String g = s.label();
            String bots = "bots backing the " + g + " stance";
            for (String role : RoleTable.ROLES) {
                out.add(Component.of(roleEntry(g, role), "weight 0 to " + MAX_WEIGHT + " of the " + role + " role in the "
                        + "group's role mix, bots apportioned by largest remainder; all weights 0 means equal (" + bots + ")"));
            }
            out.add(Component.choice(g + ".level", "activity level: action mix and weekly quota, never above highly "
                    + "active humans, Diluvsion §3.5 (" + bots + ")", LEVELS));
            out.add(Component.choice(g + ".tactic", "primary reply tactic: reply to vulnerable users or to those who "
                    + "engage most, Diluvsion §3.5 (" + bots + ")", tactics));
            out.add(Component.choice(g + ".theme", "theme pushed in every tweet (kept through theme updates, as in "
                    + "Sim 9), or none: the bots adopt the themes they see (" + bots + ")", themes));
        }
        return List.copyOf(out);
    }

    /** nvec from the table: a weight per role entry, otherwise one value per choice. */
    private static MultiDiscrete space(List<Component> components) {
        long[] nvec = new long[components.size()];
        for (int i = 0; i < nvec.length; i++) {
            List<String> choices = components.get(i).choices();
            nvec[i] = choices.isEmpty() ? MAX_WEIGHT + 1 : choices.size();
        }
        return MultiDiscrete.of(nvec).named(components);
    }

    private static Map<String, Integer> index(List<Component> components) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < components.size(); i++) out.put(components.get(i).name(), i);
        return Map.copyOf(out);
    }
}
