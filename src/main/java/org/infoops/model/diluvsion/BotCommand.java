package org.infoops.model.diluvsion;

/**
 * An order for one bot, as an operator (an environment's policy) gives it: its role and activity level (so its
 * action mix and weekly quota; never above the highly active humans' level, Diluvsion §3.5), its primary reply
 * tactic, and the themes it pushes (conserved in every theme update and tweet, like Sim 9; mask bit t-1 = Tt).
 */
public record BotCommand(String role, String level, BotSettings.ReplyTactic tactic, int pushedThemes) {}
