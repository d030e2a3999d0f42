package org.infoops.scenario.troll;

import org.infoops.scenario.ScenarioLoader;

import org.infoops.learn.FederatedTraining;
import org.infoops.learn.Method;
import org.infoops.model.troll.PostFeatures;
import org.infoops.model.troll.TrollParameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrollFederatedComparisonTest {
    @Test
    void onTheSmallWorldFederatedIsBetweenLocalOnlyAndCentralised() {
        TrollScenario s = new ScenarioLoader().load("troll/small", TrollScenario.class);
        TrollParameters.World w = s.parameters().world();
        // 60 training + 30 evaluation days keep the test quick; the ordering is the claim, not the counts.
        TrollParameters p = s.parameters().withWorld(new TrollParameters.World(w.backgroundUsers(), w.influencers(), w.subreddits(),
                w.narratives(), w.keywords(), 60, 30));
        FederatedTraining cmp = FederatedTraining.withDefaults(new PostFeatures(p.world().narratives(), p.world().keywords()).schema());
        // Influencers that each keep 5% of what they observe: the setting where pooling knowledge matters.
        List<TrollFederatedComparison.Row> rows = new TrollFederatedComparison(p, cmp)
                .run(s.runSeed(0), 2, 0.05, List.of(Method.BOOSTED_TREES), m -> { });
        assertEquals(List.of("none", "centralised", "federated", "local_only", "perfect"), rows.stream().map(TrollFederatedComparison.Row::training).toList());
        TrollFederatedComparison.Row none = rows.get(0), central = rows.get(1), fed = rows.get(2), local = rows.get(3), perfect = rows.get(4);
        String table = rows.toString();
        assertTrue(fed.auc() > local.auc() && central.auc() >= fed.auc() - 0.005, table);
        assertTrue(fed.attacks() < local.attacks() && local.attacks() < none.attacks(), table);
        assertTrue(perfect.attacks() <= central.attacks() && perfect.attacks() <= fed.attacks(), table);
        assertEquals(none.attacks() - fed.attacks(), fed.avoided());
    }
}
