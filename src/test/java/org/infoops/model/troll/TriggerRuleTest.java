package org.infoops.model.troll;

import org.infoops.scenario.ScenarioLoader;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.infoops.model.troll.TriggerRule.*;
import org.infoops.scenario.ScenarioException;
import org.infoops.scenario.troll.TrollBinder;
import org.junit.jupiter.api.Test;

class TriggerRuleTest {
    static Activity act(double popularity, int postsLastWeek, int narrative, int keywords, int hour) {
        return new Activity(0, popularity, postsLastWeek, narrative, keywords, hour);
    }

    @Test
    void thresholdsAndMemberships() {
        assertTrue(new PopularityAtLeast(10).matches(act(10, 0, 0, 0, 0)));
        assertFalse(new PopularityAtLeast(10).matches(act(9.99, 0, 0, 0, 0)));
        assertTrue(new PostsPerWeekAtLeast(5).matches(act(0, 5, 0, 0, 0)));
        assertFalse(new PostsPerWeekAtLeast(5).matches(act(0, 4, 0, 0, 0)));
        assertTrue(new NarrativeIn(0b100100).matches(act(0, 0, 5, 0, 0)));
        assertFalse(new NarrativeIn(0b100100).matches(act(0, 0, 3, 0, 0)));
        assertTrue(new KeywordIn(1 << 7).matches(act(0, 0, 0, (1 << 7) | 1, 0)));
        assertFalse(new KeywordIn(1 << 7).matches(act(0, 0, 0, 1 << 6, 0)));
    }

    @Test
    void hoursIncludeBothEndsAndWrapPastMidnight() {
        HourBetween evening = new HourBetween(18, 23);
        assertTrue(evening.matches(act(0, 0, 0, 0, 18)));
        assertTrue(evening.matches(act(0, 0, 0, 0, 23)));
        assertFalse(evening.matches(act(0, 0, 0, 0, 17)));
        HourBetween night = new HourBetween(22, 2);
        assertTrue(night.matches(act(0, 0, 0, 0, 23)));
        assertTrue(night.matches(act(0, 0, 0, 0, 1)));
        assertFalse(night.matches(act(0, 0, 0, 0, 3)));
    }

    @Test
    void andOrCombine() {
        TriggerRule r = new AnyOf(List.of(
                new AllOf(List.of(new PopularityAtLeast(10), new HourBetween(18, 23))),
                new KeywordIn(1)));
        assertTrue(r.matches(act(10, 0, 0, 0, 20)));
        assertFalse(r.matches(act(10, 0, 0, 0, 12)), "and: both must hold");
        assertFalse(r.matches(act(5, 0, 0, 0, 20)));
        assertTrue(r.matches(act(0, 0, 0, 1, 3)), "or: one suffices");
    }

    @Test
    void botRespectsMarksOnlyWhenAsked() {
        TrollParameters.Range d = new TrollParameters.Range(5, 5);
        AttackMarks marks = new AttackMarks(1, 3 * 1440);
        marks.mark(0, 100);
        TriggerRule always = new PopularityAtLeast(0);
        assertFalse(new TrollBot(new TrollParameters.Bots(always, d, 3, true, 1)).triggered(act(1, 0, 0, 0, 0), marks, 200));
        assertTrue(new TrollBot(new TrollParameters.Bots(always, d, 3, false, 1)).triggered(act(1, 0, 0, 0, 0), marks, 200));
    }

    @Test
    void yamlRulesBindAndBadOnesAreNamed() {
        String ok = "name: t\nmodel: troll\nruns: 1\nseed: 1\nparameters:\n  bots:\n    rule:\n      all:\n        - narratives: [1]\n        - hours: {from: 20, to: 2}\n";
        TrollParameters p = new ScenarioLoader().parse(ok, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class).parameters();
        assertTrue(p.bots().rule().matches(act(0, 0, 1, 0, 21)));
        assertFalse(p.bots().rule().matches(act(0, 0, 0, 0, 21)));
        String bad = ok.replace("narratives: [1]", "narratives: [99]");
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(bad, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class));
        assertTrue(e.getMessage().contains("parameters.bots.rule.all[0].narratives[0]") && e.getMessage().contains("99")
                && e.getMessage().contains("0 to 7"), e.getMessage());
        String unknown = ok.replace("narratives: [1]", "mood: [1]");
        e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(unknown, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class));
        assertTrue(e.getMessage().contains("mood") && e.getMessage().contains("postsPerWeek"), e.getMessage());
    }

    @Test
    void scenarioErrorsNameFieldValueAndAllowed() {
        String s = "name: t\nmodel: troll\nruns: 1\nseed: 1\nparameters:\n  world:\n    keywords: 40\n";
        ScenarioException e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(s, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class));
        assertTrue(e.getMessage().contains("parameters.world.keywords") && e.getMessage().contains("40")
                && e.getMessage().contains("1 to 24"), e.getMessage());
        String typo = "name: t\nmodel: troll\nruns: 1\nseed: 1\nparameters:\n  world:\n    users: 4\n";
        e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(typo, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class));
        assertTrue(e.getMessage().contains("users") && e.getMessage().contains("backgroundUsers"), e.getMessage());
        String log = "name: t\nmodel: troll\nruns: 1\nseed: 1\nparameters:\n  background:\n    activityLog: /no/such.csv\n";
        e = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(log, "test", java.nio.file.Path.of(""), org.infoops.scenario.troll.TrollScenario.class));
        assertTrue(e.getMessage().contains("parameters.background.activityLog") && e.getMessage().contains("/no/such.csv"), e.getMessage());
    }
}
