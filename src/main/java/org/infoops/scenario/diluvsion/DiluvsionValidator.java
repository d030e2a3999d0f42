package org.infoops.scenario.diluvsion;

import org.infoops.scenario.Checks;

import org.infoops.graph.GraphFactory;
import org.infoops.graph.GraphSettings;
import org.infoops.graph.SnHyperParameterSets;
import org.infoops.model.diluvsion.DiurnalTable;
import org.infoops.model.diluvsion.BotSettings;
import org.infoops.model.diluvsion.BotStances;
import org.infoops.model.diluvsion.DiluvsionMetrics;
import org.infoops.model.diluvsion.DiluvsionParameters;
import org.infoops.model.diluvsion.DiluvsionParameters.StanceCounts;
import org.infoops.model.diluvsion.RoleTable;
import org.infoops.model.diluvsion.Stance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Semantic checks of a bound Diluvsion setup: ranges, counts that must add up, and settings that must agree
 * with each other. Runs once at load time so the model can assert instead of re-checking. Paths are as the
 * user writes them in a scenario ({@code parameters.} for values merged over parameters.yaml).
 */
final class DiluvsionValidator {
    static final List<String> GENERATORS = List.of(GraphFactory.SCHWEIMER, GraphFactory.FILE);
    static final String PARAMS = "parameters";

    private final Checks check;

    DiluvsionValidator(Checks check) {
        this.check = check;
    }

    /** @param levels the activity levels of the scenario's roles table (bots.level must be one of them) */
    void validate(DiluvsionParameters p, BotSettings bots, GraphSettings graph, List<String> levels) {
        themes(p.themes());
        population(p.population(), p.themes());
        memory(p.memory());
        resistance(p.resistance());
        weights(p);
        activity(p.activity());
        check.probability(PARAMS + ".delivery.replyAudienceShare", p.delivery().replyAudienceShare());
        check.probability(PARAMS + ".follow.unfollowFloor", p.follow().unfollowFloor());
        graph(graph);
        bots(bots, p, levels);
    }

    private void themes(DiluvsionParameters.Themes t) {
        String path = PARAMS + ".themes";
        // The per-step metric columns are theme.T1..T12, so more themes could not be recorded.
        check.between(path + ".count", t.count(), 1, DiluvsionMetrics.THEMES);
        check.between(path + ".maxPerAgent", t.maxPerAgent(), 1, t.count());
        check.probability(path + ".maxNewShare", t.maxNewShare());
    }

    private void population(DiluvsionParameters.Population pop, DiluvsionParameters.Themes themes) {
        String path = PARAMS + ".population";
        int agents = pop.agents();
        check.atLeast(path + ".agents", agents, 1);
        StanceCounts s = pop.startStances();
        for (Stance st : Stance.ALL) {
            check.atLeast(path + ".startStances." + st.label(), s.get(st.ordinal()), 0);
        }
        if (s.total() != agents) {
            throw check.error(path + ".startStances", s.negative() + " + " + s.neutral() + " + " + s.positive() + " = "
                    + s.total() + "; allowed: counts that sum to " + path + ".agents (" + agents + ")");
        }

        List<Integer> dist = pop.themeCountDistribution();
        String distPath = path + ".themeCountDistribution";
        if (dist.isEmpty() || dist.size() > themes.maxPerAgent()) {
            throw check.error(distPath, dist + " has " + dist.size() + " entries; allowed: 1 to "
                    + themes.maxPerAgent() + " entries (agents holding 1, 2, ... themes; at most themes.maxPerAgent)");
        }
        long agentsWithThemes = 0;
        long slots = 0;
        for (int k = 0; k < dist.size(); k++) {
            check.atLeast(distPath + "[" + k + "]", dist.get(k), 0);
            agentsWithThemes += dist.get(k);
            slots += (long) (k + 1) * dist.get(k);
        }
        if (agentsWithThemes != agents) {
            throw check.error(distPath, dist + " sums to " + agentsWithThemes + "; allowed: entries that sum to "
                    + path + ".agents (" + agents + ")");
        }

        List<Integer> start = pop.startThemeCounts();
        String startPath = path + ".startThemeCounts";
        if (start.size() != themes.count()) {
            throw check.error(startPath, "has " + start.size() + " entries; allowed: exactly " + PARAMS
                    + ".themes.count (" + themes.count() + ") entries, T1..T" + themes.count());
        }
        long held = 0;
        for (int t = 0; t < start.size(); t++) {
            check.between(startPath + "[" + t + "]", start.get(t), 0, agents);
            held += start.get(t);
        }
        // The initial assignment deals out exactly these slots (spec §2.9), so the two lists must agree.
        if (held != slots) {
            throw check.error(startPath, start + " sums to " + held + " theme holders but " + distPath + " gives "
                    + slots + " theme slots; allowed: lists with equal totals");
        }
    }

    private void memory(DiluvsionParameters.Memory m) {
        String path = PARAMS + ".memory";
        check.atLeast(path + ".human", m.human(), 1);
        check.atLeast(path + ".bot", m.bot(), 1);
        check.between(path + ".bot", m.bot(), 1, 65_535); // a bot's per-theme counts are 16-bit (ThemeChoice)
        check.atLeast(path + ".pollSize", m.pollSize(), 1);
    }

    private void resistance(DiluvsionParameters.Resistance r) {
        String path = PARAMS + ".resistance";
        check.probability(path + ".low", r.low());
        check.probability(path + ".high", r.high());
        check.between(path + ".mean", r.mean(), r.low(), r.high());
        check.positive(path + ".sd", r.sd());
        check.between(path + ".sameStance", r.sameStance(), -1, 1);
        check.between(path + ".neighbourStance", r.neighbourStance(), -1, 1);
        check.between(path + ".oppositeStance", r.oppositeStance(), -1, 1);
    }

    private void weights(DiluvsionParameters p) {
        String c = PARAMS + ".compatibility";
        weights(c + ".standard", p.compatibility().standard());
        weights(c + ".reply", p.compatibility().reply());
        weights(c + ".quote", p.compatibility().quote());
        String t = PARAMS + ".targetChoice";
        actionWeights(t + ".like", p.targetChoice().like());
        actionWeights(t + ".retweet", p.targetChoice().retweet());
        actionWeights(t + ".quote", p.targetChoice().quote());
        actionWeights(t + ".reply", p.targetChoice().reply());
        // Conversion weights may be negative (a reply counts -0.5, §3.8.2): only finiteness, checked at binding.
    }

    private void weights(String path, DiluvsionParameters.Weights w) {
        check.nonNegative(path + ".stance", w.stance());
        check.nonNegative(path + ".theme", w.theme());
    }

    private void actionWeights(String path, DiluvsionParameters.ActionWeights w) {
        check.nonNegative(path + ".engagement", w.engagement());
        check.nonNegative(path + ".compatibility", w.compatibility());
        check.nonNegative(path + ".like", w.like());
        check.nonNegative(path + ".retweet", w.retweet());
        check.nonNegative(path + ".reply", w.reply());
    }

    private void activity(DiluvsionParameters.Activity a) {
        String path = PARAMS + ".activity";
        check.probability(path + ".damping", a.damping());
        check.probability(path + ".overflowProbability", a.overflowProbability());
        check.between(path + ".startSlot", a.startSlot(), 0, DiurnalTable.SLOTS_PER_WEEK - 1);
    }

    private void graph(GraphSettings g) {
        check.oneOf("graph.generator", g.generator(), GENERATORS);
        if (g.generator().equals(GraphFactory.SCHWEIMER)) {
            // Optional: absent means the generator's default set (Covid, as in the paper §3.7 l.344).
            List<String> sets = SnHyperParameterSets.standard().names();
            if (g.hyperParameters() != null && sets.stream().noneMatch(n -> n.equalsIgnoreCase(g.hyperParameters().strip()))) {
                throw check.error("graph.hyperParameters", "'" + g.hyperParameters() + "' is not a known set; allowed values: "
                        + String.join(", ", sets));
            }
        } else {
            check.present("graph.file", g.file(), "an edge-list CSV or GraphML file when graph.generator is file");
        }
    }

    private void bots(BotSettings b, DiluvsionParameters p, List<String> levels) {
        int agents = p.population().agents();
        check.between("bots.count", b.count(), 0, agents);
        if (b.placement() == BotSettings.Placement.FRINGE && b.count() > 0 && b.count() >= agents) {
            throw check.error("bots.count", b.count() + " fringe bots leave no human to follow; allowed: at most "
                    + (agents - 1) + " with bots.placement fringe");
        }
        StanceCounts ratio = b.stanceRatio();
        for (Stance st : Stance.ALL) {
            check.atLeast("bots.stanceRatio." + st.label(), ratio.get(st.ordinal()), 0);
        }
        if (b.count() > 0 && b.stanceMix() == BotSettings.StanceMix.RATIO && ratio.total() == 0) {
            throw check.error("bots.stanceRatio", "0:0:0 gives the " + b.count()
                    + " bots no stance; allowed: non-negative weights, at least one positive");
        }
        // The model's own apportionment, so the check holds for exactly the counts the model will use.
        int[] botStances = BotStances.counts(b, p.population().startStances());
        for (Stance st : Stance.ALL) {
            int bots = botStances[st.ordinal()];
            int start = p.population().startStances().get(st.ordinal());
            if (bots > start) {
                String what = b.stanceMix() == BotSettings.StanceMix.RATIO ? "bots.stanceRatio" : "bots.stanceMix";
                throw check.error(what, b.count() + " bots apportioned " + ratioText(b, p) + " give " + bots + " "
                        + st.label() + " bots but " + PARAMS + ".population.startStances." + st.label() + " is "
                        + start + "; allowed: at most the start count of each stance (humans take the rest)");
            }
        }
        check.oneOf("bots.role", b.role(), RoleTable.ROLES);
        check.oneOf("bots.level", b.level(), levels);
        check.probability("bots.primaryTacticProbability", b.primaryTacticProbability());
        conserved(b, p.themes());
    }

    private void conserved(BotSettings b, DiluvsionParameters.Themes themes) {
        List<Integer> conserved = b.conservedThemes();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < conserved.size(); i++) {
            String path = "bots.conservedThemes[" + i + "]";
            check.between(path, conserved.get(i), 1, themes.count());
            if (!seen.add(conserved.get(i))) {
                throw check.error(path, conserved.get(i) + " is listed twice; allowed: distinct theme numbers");
            }
        }
        if (conserved.size() > themes.maxPerAgent()) {
            throw check.error("bots.conservedThemes", conserved + " has " + conserved.size()
                    + " themes; allowed: at most " + PARAMS + ".themes.maxPerAgent (" + themes.maxPerAgent() + ")");
        }
        if (b.themes() == BotSettings.ThemeMode.CONSERVE && conserved.isEmpty()) {
            throw check.error("bots.conservedThemes", "[] is empty but bots.themes is conserve; allowed: 1 to "
                    + themes.maxPerAgent() + " theme numbers from 1 to " + themes.count());
        }
    }

    private static String ratioText(BotSettings b, DiluvsionParameters p) {
        StanceCounts r = b.stanceMix() == BotSettings.StanceMix.RATIO ? b.stanceRatio() : p.population().startStances();
        return (b.stanceMix() == BotSettings.StanceMix.RATIO ? "" : "by the start mix ")
                + r.negative() + ":" + r.neutral() + ":" + r.positive();
    }
}
