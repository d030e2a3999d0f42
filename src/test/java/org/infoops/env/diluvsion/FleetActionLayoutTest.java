package org.infoops.env.diluvsion;

import org.infoops.env.Component;
import org.infoops.env.MultiDiscrete;
import org.infoops.env.Tensor;
import org.infoops.model.diluvsion.BotSettings.ReplyTactic;
import org.infoops.model.diluvsion.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FleetActionLayoutTest {
    /** Trained policies and committed results address entries by position: the table keeps the published layout. */
    @Test
    void theTableMakesTheEightEntriesPerStanceGroupInTheirPublishedOrder() {
        MultiDiscrete space = FleetActionLayout.space();
        long[] group = {3, 3, 3, 3, 3, 3, 2, 13};
        long[] nvec = new long[24];
        for (int g = 0; g < 3; g++) System.arraycopy(group, 0, nvec, g * 8, 8);
        assertArrayEquals(nvec, space.nvec());
        List<String> names = space.components().stream().map(Component::name).toList();
        assertEquals(List.of("negative.role_mix.tweeters", "negative.role_mix.retweeters", "negative.role_mix.quoters",
                "negative.role_mix.repliers", "negative.role_mix.likers", "negative.level", "negative.tactic", "negative.theme"),
                names.subList(0, 8));
        assertEquals("positive.theme", names.get(23));
        assertEquals(List.of("high", "medium", "low"), space.components().get(FleetActionLayout.indexOf("neutral.level")).choices());
        assertEquals(List.of("vulnerable", "engagement"), space.components().get(6).choices());
        assertEquals("T12", space.components().get(7).choices().get(12));
    }

    @Test
    void thePaperTacticIsAllHighlyActiveVulnerableRepliersWithoutATheme() {
        long[] group = {0, 0, 0, 2, 0, 0, 0, 0};
        long[] expected = new long[24];
        for (int g = 0; g < 3; g++) System.arraycopy(group, 0, expected, g * 8, 8);
        assertArrayEquals(expected, FleetActionLayout.paperTactic());
        FleetActionLayout.GroupOrder order = FleetActionLayout.order(Tensor.ofLongs(FleetActionLayout.paperTactic()), Stance.NEUTRAL);
        assertArrayEquals(new double[] {0, 0, 0, 2, 0}, order.roleWeights());
        assertEquals("high", order.level());
        assertEquals(ReplyTactic.VULNERABLE, order.tactic());
        assertEquals(0, order.pushedThemes());
    }

    @Test
    void anActionDecodesPerGroupByName() {
        long[] a = new long[24];
        a[FleetActionLayout.indexOf("positive.role_mix.quoters")] = 1;
        a[FleetActionLayout.indexOf("positive.level")] = 2;
        a[FleetActionLayout.indexOf("positive.tactic")] = 1;
        a[FleetActionLayout.indexOf("positive.theme")] = 7;
        FleetActionLayout.GroupOrder order = FleetActionLayout.order(Tensor.ofLongs(a), Stance.POSITIVE);
        assertArrayEquals(new double[] {0, 0, 1, 0, 0}, order.roleWeights());
        assertEquals("low", order.level());
        assertEquals(ReplyTactic.ENGAGEMENT, order.tactic());
        assertEquals(1 << 6, order.pushedThemes());
        assertEquals(0, FleetActionLayout.order(Tensor.ofLongs(a), Stance.NEGATIVE).pushedThemes());
    }
}
