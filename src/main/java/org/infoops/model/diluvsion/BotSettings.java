package org.infoops.model.diluvsion;

import java.util.List;

/**
 * How a scenario deploys its bots (Diluvsion §5; spec §2.8, §4.1).
 *
 * @param count                    number of bots (10% of 1,000 in the paper)
 * @param stanceRatio              negative:neutral:positive ratio, apportioned to {@code count} by largest remainder
 * @param stanceMix                RATIO uses stanceRatio; HUMAN_START uses the population's start stance mix (Sim 10)
 * @param placement                EMBEDDED nodes of the graph, or FRINGE: appended, each following one random human
 * @param roles                    FIXED uses role/level for every bot; HUMAN draws them like humans (Sims 8, 10)
 * @param role                     the fixed role (tweeter, retweeter, quoter, replier, liker)
 * @param level                    the fixed activity level (high, medium, low)
 * @param replyTactic              the primary reply/quote tactic
 * @param primaryTacticProbability probability of using the primary tactic (spec §2.8 [X]: 0.8)
 * @param themes                   ADOPT commonly seen themes each step, or CONSERVE {@code conservedThemes} first
 * @param conservedThemes          theme numbers 1..12 that always lead (Sim 9: theme 7)
 */
public record BotSettings(int count, DiluvsionParameters.StanceCounts stanceRatio, StanceMix stanceMix,
                          Placement placement, RoleMode roles, String role, String level,
                          ReplyTactic replyTactic, double primaryTacticProbability,
                          ThemeMode themes, List<Integer> conservedThemes) {

    public enum StanceMix { RATIO, HUMAN_START }

    public enum Placement { EMBEDDED, FRINGE }

    public enum RoleMode { FIXED, HUMAN }

    public enum ReplyTactic { VULNERABLE, ENGAGEMENT }

    public enum ThemeMode { ADOPT, CONSERVE }
}
