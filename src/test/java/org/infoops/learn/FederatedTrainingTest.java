package org.infoops.learn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FederatedTrainingTest {
    @Test
    void federatedBeatsLocalOnlyAndCentralisedBoundsFederated() {
        SyntheticAttackTable table = new SyntheticAttackTable(8);
        List<List<Example>> clients = table.clients(30, 25, 1); // few posts per influencer
        List<Example> heldOut = table.heldOut(3000, 2);
        List<FederatedTraining.Row> rows = FederatedTraining.withDefaults(table.schema()).run(clients, heldOut, 3);
        assertEquals(6, rows.size());
        StringBuilder report = new StringBuilder();
        rows.forEach(r -> report.append(r).append('\n'));
        for (Method m : Method.values()) {
            double central = auc(rows, m, FederatedTraining.Training.CENTRALISED);
            double fed = auc(rows, m, FederatedTraining.Training.FEDERATED);
            double local = auc(rows, m, FederatedTraining.Training.LOCAL_ONLY);
            assertTrue(fed > local + 0.05, m + ": federated should beat local-only clearly\n" + report);
            assertTrue(central >= fed - 0.02, m + ": centralised should bound federated\n" + report);
            assertTrue(fed > 0.75, m + ": federated should learn the rule\n" + report);
        }
        System.out.print(report);
    }

    static double auc(List<FederatedTraining.Row> rows, Method m, FederatedTraining.Training t) {
        return rows.stream().filter(r -> r.method() == m && r.training() == t).findFirst().orElseThrow().auc();
    }
}
