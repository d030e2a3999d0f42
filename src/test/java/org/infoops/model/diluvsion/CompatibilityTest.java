package org.infoops.model.diluvsion;

import static org.infoops.model.diluvsion.Fixtures.themes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Stance and theme compatibility (Diluvsion §3.8.2 with spec §2.2's sign fix; spec §2.3). */
class CompatibilityTest {
    private static final int NEG = 0, NEU = 1, POS = 2;
    private static final double EPS = 1e-12;
    private final DiluvsionParameters.Compatibility cp = Fixtures.parameters().compatibility();

    @Test
    void stanceCompatibilityIsOneMinusHalfTheDistance() {
        assertEquals(1.0, Compatibility.stance(POS, POS), EPS);
        assertEquals(0.5, Compatibility.stance(POS, NEU), EPS);
        assertEquals(0.0, Compatibility.stance(POS, NEG), EPS);
        assertEquals(0.0, Compatibility.stance(NEG, POS), EPS);
        assertEquals(0.5, Compatibility.stance(NEU, NEG), EPS);
        assertEquals(1.0, Compatibility.stance(NEG, NEG), EPS);
    }

    @Test
    void themeCompatibilityIsJaccard() {
        assertEquals(1.0 / 3, ThemeMask.jaccard(themes(1, 2), themes(2, 3)), EPS);
        assertEquals(1.0, ThemeMask.jaccard(themes(4, 7), themes(7, 4)), EPS);
        assertEquals(0.0, ThemeMask.jaccard(themes(1), themes(2)), EPS);
        assertEquals(0.5, ThemeMask.jaccard(themes(1, 2, 3, 4), themes(1, 2)), EPS);
        assertEquals(2.0 / 7, ThemeMask.jaccard(themes(1, 2, 3, 4, 5), themes(4, 5, 12, 11)), EPS);
        assertEquals(0.0, ThemeMask.jaccard(0, 0), EPS);
        assertEquals(0.0, ThemeMask.jaccard(themes(3), 0), EPS);
    }

    @Test
    void standardScoreWeighsStanceOneAndThemesPointEight() {
        DiluvsionParameters.Weights std = cp.standard();
        assertEquals(1.0, std.stance(), EPS);
        assertEquals(0.8, std.theme(), EPS);
        // neutral agent {T1,T2} reading a positive tweet {T2,T3}: 1 x 0.5 + 0.8 x 1/3
        assertEquals(0.5 + 0.8 / 3, Compatibility.score(std, false, NEU, themes(1, 2), POS, themes(2, 3)), EPS);
        assertEquals(1.8, Compatibility.score(std, false, NEG, themes(5), NEG, themes(5)), EPS);
        assertEquals(0.0, Compatibility.score(std, false, NEG, themes(5), POS, themes(6)), EPS);
    }

    @Test
    void replyScoreInvertsTheStanceTermAndUsesItsOwnWeights() {
        DiluvsionParameters.Weights reply = cp.reply();
        assertEquals(0.8, reply.stance(), EPS);
        assertEquals(1.0, reply.theme(), EPS);
        // Opposite pole: c_s = 0, inverted 1 -> the most reply-worthy stance.
        assertEquals(0.8, Compatibility.score(reply, true, POS, 0, NEG, 0), EPS);
        assertEquals(0.0, Compatibility.score(reply, true, POS, 0, POS, 0), EPS);
        assertEquals(0.4, Compatibility.score(reply, true, POS, 0, NEU, 0), EPS);
        assertEquals(0.8 + 1.0 / 3, Compatibility.score(reply, true, POS, themes(1, 2), NEG, themes(2, 3)), EPS);
        // Not inverted with the same weights: the stance term flips.
        assertEquals(0.0, Compatibility.score(reply, false, POS, 0, NEG, 0), EPS);
    }

    @Test
    void quoteScoreIsNotInvertedAndEmphasisesThemes() {
        DiluvsionParameters.Weights quote = cp.quote();
        assertEquals(1.0, quote.stance(), EPS); // [C] calibrated (the spec proposed 0.8)
        assertEquals(1.0, quote.theme(), EPS);
        DiluvsionParameters.Weights std = cp.standard();
        assertTrue(quote.theme() / quote.stance() > std.theme() / std.stance(), "themes weigh more in quotes than as standard");
    }

    /** Footnote 10 [P l.613] as spec §2.2 reads it: a positive agent, con/neutral/pro tweets, no themes. */
    @Test
    void footnoteTenNormalisedCompatibilityIsZeroThirdTwoThirds() {
        DiluvsionParameters.Weights std = cp.standard();
        double con = Compatibility.score(std, false, POS, 0, NEG, 0);
        double neu = Compatibility.score(std, false, POS, 0, NEU, 0);
        double pro = Compatibility.score(std, false, POS, 0, POS, 0);
        double sum = con + neu + pro;
        assertEquals(0.0, con / sum, EPS);
        assertEquals(1.0 / 3, neu / sum, EPS);
        assertEquals(2.0 / 3, pro / sum, EPS);
    }
}
