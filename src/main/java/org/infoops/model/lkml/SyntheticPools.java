package org.infoops.model.lkml;

import java.util.ArrayList;
import java.util.List;
import org.infoops.kernel.RandomStreams;

/**
 * The training pools of one seed, all derived from one message log: the real pool (patches accepted in the
 * training year, with their labels from the log), the held-out real test set (patches accepted in the test year
 * whose horizon the log covers), and the synthetic pool of each configuration from the world fitted on the
 * log's first window (§4.1):
 * <ul>
 *   <li>I: the real patches accepted in the window; a reversal the window already shows is kept, otherwise the
 *       fitted world's reversal agent decides, given how long the patch has survived, whether it is reversed
 *       in what is left of its horizon;</li>
 *   <li>II: the patches the fitted world itself proposes and accepts over the training year, with its labels.</li>
 * </ul>
 * Nothing here reads more than the log: its columns are all the pipeline knows about the real history.
 */
public record SyntheticPools(List<PatchTable.Row> real, List<PatchTable.Row> test, List<PatchTable.Row> configurationI,
                             List<PatchTable.Row> configurationII, LogFit.FittedWorld fitted, MessageLog simulated) {

    public static SyntheticPools build(MessageLog log, LkmlParameters p, long seed) {
        LkmlParameters.Periods t = p.periods();
        long horizon = t.horizon();
        PatchTable table = PatchTable.of(log, horizon);
        LogFit.FittedWorld fitted = LogFit.fit(log, table, p);
        RandomStreams streams = new RandomStreams(seed).child("lkml-synthetic");
        List<PatchTable.Row> one = new ArrayList<>();
        for (PatchTable.Row r : table.accepted(0, t.fitEnd())) {
            boolean seen = r.reversed() >= 0 && r.reversed() < t.fitEnd();
            long left = horizon - (t.fitEnd() - r.accepted());
            boolean label = seen || streams.stream("configuration-I", r.patch()).nextDouble() < fitted.reversal().probabilityWithin(r.features(), left);
            one.add(r.withLabel(label));
        }
        long end = t.trainEnd() + horizon + 30L * LkmlParameters.MINUTES_PER_DAY;
        MailingListWorld world = fitted.world(p.process(), streams.derive("configuration-II"), t.trainEnd(), end, horizon);
        MessageLog simulated = world.run();
        List<PatchTable.Row> two = PatchTable.of(simulated, horizon).labelled(0, t.trainEnd(), horizon);
        return new SyntheticPools(table.labelled(0, t.trainEnd(), horizon), table.labelled(t.trainEnd(), t.testEnd(), horizon),
                one, two, fitted, simulated);
    }

    public List<PatchTable.Row> synthetic(Configuration c) {
        return c == Configuration.I ? configurationI : configurationII;
    }
}
