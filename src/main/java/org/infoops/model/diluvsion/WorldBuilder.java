package org.infoops.model.diluvsion;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.infoops.graph.FollowerGraph;
import org.infoops.kernel.RandomStreams;

/**
 * Sets up a world at step 0 (Diluvsion §3.7, §3.8, §5; spec §2.9): bot placement, start stances (bots first,
 * humans take the remainder so the overall counts match), exact start theme counts, roles and activity levels,
 * resistance. Individual assignment is random and independent of neighbours (§3.8.1 l.362).
 */
public final class WorldBuilder {
    private WorldBuilder() {}

    public static DiluvsionWorld build(DiluvsionSetup setup, FollowerGraph baseGraph, RandomStreams streams, int runIndex) {
        DiluvsionParameters p = setup.parameters();
        BotSettings bots = setup.bots();
        int n = p.population().agents();
        int botCount = bots.count();
        boolean fringe = bots.placement() == BotSettings.Placement.FRINGE;
        int expectedNodes = fringe ? n - botCount : n;
        if (baseGraph.size() != expectedNodes) {
            throw new IllegalArgumentException("graph has " + baseGraph.size() + " nodes; " + bots.placement().name().toLowerCase()
                    + " bots need " + expectedNodes + " (population.agents " + n + ", bots.count " + botCount + ")");
        }
        UniformRandomProvider rng = streams.stream("diluvsion.init", runIndex);
        RoleTable roles = RoleTable.load(p.activity().rolesTable());
        DiurnalTable diurnal = "default".equals(p.activity().diurnalTable())
                ? DiurnalTable.defaultTable() : DiurnalTable.load(Path.of(p.activity().diurnalTable()));

        Agents agents = new Agents(n, p.themes().count());
        FollowerGraph graph = fringe ? baseGraph.withExtraNodes(botCount) : baseGraph.copy();
        // Embedded bots sit at random nodes (no positional advantage, §5 l.413); fringe bots are appended.
        int[] botIds = fringe ? range(n - botCount, n) : java.util.Arrays.copyOf(shuffled(range(0, n), rng), botCount);
        for (int b : botIds) agents.bot[b] = true;
        if (fringe) {
            // A fringe bot's only tie: it follows one random human (§3.7 l.348, Sim 6).
            for (int b : botIds) graph.follow(b, rng.nextInt(n - botCount));
        }
        assignStances(agents, bots, p.population().startStances(), rng);
        assignThemes(agents, p.population(), rng);
        assignRolesAndResistance(agents, roles, bots, p.resistance(), rng);
        configureBots(agents, bots, p.themes().conservation());

        int[] capacity = new int[n];
        for (int a = 0; a < n; a++) capacity[a] = agents.bot[a] ? p.memory().bot() : p.memory().human();
        DiluvsionWorld world = new DiluvsionWorld(p, roles, diurnal, agents, graph, capacity,
                streams.stream("diluvsion.step", runIndex));
        world.counters.recount();
        return world;
    }

    private static void assignStances(Agents agents, BotSettings bots, DiluvsionParameters.StanceCounts start,
                                      UniformRandomProvider rng) {
        int[] botCounts = BotStances.counts(bots, start);
        int[] humanCounts = new int[3];
        for (int s = 0; s < 3; s++) {
            humanCounts[s] = start.get(s) - botCounts[s];
            if (humanCounts[s] < 0) {
                throw new IllegalArgumentException("bots back " + Stance.ALL[s].label() + " with " + botCounts[s]
                        + " agents but population.startStances." + Stance.ALL[s].label() + " is only " + start.get(s));
            }
        }
        int[] humans = ids(agents, false);
        int[] botIds = ids(agents, true);
        fill(agents, shuffled(botIds, rng), botCounts);
        fill(agents, shuffled(humans, rng), humanCounts);
    }

    private static void fill(Agents agents, int[] ids, int[] counts) {
        int i = 0;
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < counts[s]; k++) {
                agents.stance[ids[i]] = (byte) s;
                agents.startStance[ids[i]] = (byte) s;
                i++;
            }
        }
    }

    /**
     * Exact start theme counts (spec §2.9): agents in random order, those holding most themes first, each draws
     * its k distinct themes with probability proportional to what remains of each theme's start count.
     */
    static void assignThemes(Agents agents, DiluvsionParameters.Population pop, UniformRandomProvider rng) {
        List<Integer> dist = pop.themeCountDistribution();
        double[] remaining = pop.startThemeCounts().stream().mapToDouble(Integer::doubleValue).toArray();
        int[] order = shuffled(range(0, agents.n), rng);
        int next = 0;
        for (int k = dist.size(); k >= 1; k--) {
            for (int c = 0; c < dist.get(k - 1) && next < order.length; c++) {
                int a = order[next++];
                int mask = 0;
                for (int j = 0; j < k; j++) {
                    int t = weightedExcluding(remaining, mask, rng);
                    if (t < 0) break;
                    mask |= ThemeMask.of(t);
                    remaining[t]--;
                }
                agents.themes[a] = mask;
            }
        }
        // Random initial recency, so "least recently used" starts unbiased.
        for (int a : shuffled(range(0, agents.n), rng)) {
            int m = agents.themes[a];
            while (m != 0) {
                agents.touchTheme(a, Integer.numberOfTrailingZeros(m));
                m &= m - 1;
            }
        }
    }

    private static int weightedExcluding(double[] weight, int excluded, UniformRandomProvider rng) {
        double total = 0;
        for (int t = 0; t < weight.length; t++) if (!ThemeMask.has(excluded, t) && weight[t] > 0) total += weight[t];
        if (total <= 0) return -1;
        double u = rng.nextDouble() * total;
        int last = -1;
        for (int t = 0; t < weight.length; t++) {
            if (ThemeMask.has(excluded, t) || weight[t] <= 0) continue;
            last = t;
            u -= weight[t];
            if (u < 0) return t;
        }
        return last;
    }

    private static void assignRolesAndResistance(Agents agents, RoleTable roles, BotSettings bots,
                                                 DiluvsionParameters.Resistance r, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int fixed = bots.count() > 0 && bots.roles() == BotSettings.RoleMode.FIXED ? roles.category(bots.level(), bots.role()) : -1;
        for (int a = 0; a < agents.n; a++) {
            boolean bot = agents.bot[a];
            int category = bot && fixed >= 0 ? fixed : roles.sampleCategory(rng);
            agents.category[a] = category;
            agents.weeklyQuota[a] = roles.weeklyQuota(category);
            // Bots never convert (§3.5); humans draw a truncated normal by rejection (§3.8.2).
            agents.resistance[a] = bot ? 1.0 : truncatedNormal(gauss, r);
        }
    }

    static double truncatedNormal(ZigguratSampler.NormalizedGaussian gauss, DiluvsionParameters.Resistance r) {
        while (true) {
            double x = r.mean() + r.sd() * gauss.sample();
            if (x >= r.low() && x <= r.high()) return x;
        }
    }

    private static void configureBots(Agents agents, BotSettings bots, DiluvsionParameters.Conservation conservation) {
        int conserved = 0;
        if (bots.themes() == BotSettings.ThemeMode.CONSERVE) {
            for (int t : bots.conservedThemes()) conserved |= ThemeMask.of(t - 1);
        }
        for (int a = 0; a < agents.n; a++) {
            if (!agents.bot[a]) continue;
            agents.primaryVulnerable[a] = bots.replyTactic() == BotSettings.ReplyTactic.VULNERABLE;
            agents.primaryProbability[a] = bots.primaryTacticProbability();
            agents.conservedThemes[a] = conserved;
            agents.adoptThemes[a] = conserved == 0 || conservation == DiluvsionParameters.Conservation.PRIORITY;
        }
    }

    private static int[] ids(Agents agents, boolean bot) {
        return java.util.stream.IntStream.range(0, agents.n).filter(a -> agents.bot[a] == bot).toArray();
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).toArray();
    }

    private static int[] shuffled(int[] ids, UniformRandomProvider rng) {
        int[] a = ids.clone();
        PermutationSampler.shuffle(rng, a);
        return a;
    }
}
