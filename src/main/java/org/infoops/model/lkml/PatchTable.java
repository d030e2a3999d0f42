package org.infoops.model.lkml;

import java.util.ArrayList;
import java.util.List;
import org.infoops.learn.Example;

/**
 * The labelled feature table of a log: one row per accepted patch, its features as they stood at its acceptance
 * ({@link DiscussionTracker}) and its label, reversed within the horizon after acceptance. Patches whose proposal
 * is not in the log are left out (their history is unknown).
 */
public final class PatchTable {
    /** One accepted patch: its id in the log, acceptance minute, features, reversal minute (-1 if none) and label. */
    public record Row(int patch, long accepted, double[] features, long reversed, boolean label) {
        public Example example() {
            return new Example(features, label);
        }

        /** The same row with another label (configuration I: the simulation's label on a real patch). */
        public Row withLabel(boolean l) {
            return new Row(patch, accepted, features, reversed, l);
        }
    }

    private final List<Row> rows;
    private final long lastMinute;

    private PatchTable(List<Row> rows, long lastMinute) {
        this.rows = rows;
        this.lastMinute = lastMinute;
    }

    /** Replays the whole log; {@code horizon} in minutes. */
    public static PatchTable of(MessageLog log, long horizon) {
        DiscussionTracker t = new DiscussionTracker();
        int n = log.patchCount();
        double[][] at = new double[n][];
        for (int m = 0; m < log.size(); m++) {
            int p = log.patch(m);
            boolean firstAcceptance = log.type(m) == MessageType.ACCEPTANCE && t.acceptedAt(p) < 0;
            t.group(p, log.group(m));
            t.accept(log.minute(m), log.author(m), log.type(m), p, log.fileCount(m));
            if (firstAcceptance && t.proposed(p)) at[p] = t.features(p);
        }
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            if (at[p] == null) continue;
            long a = t.acceptedAt(p), r = t.reversedAt(p);
            rows.add(new Row(p, a, at[p], r, r >= 0 && r - a <= horizon));
        }
        rows.sort((x, y) -> x.accepted != y.accepted ? Long.compare(x.accepted, y.accepted) : Integer.compare(x.patch, y.patch));
        return new PatchTable(List.copyOf(rows), log.size() == 0 ? 0 : log.minute(log.size() - 1));
    }

    /** Rows accepted in [from, to), in acceptance order. */
    public List<Row> accepted(long from, long to) {
        return rows.stream().filter(r -> r.accepted >= from && r.accepted < to).toList();
    }

    /** Rows accepted in [from, to) whose whole horizon lies inside the log (their label is final). */
    public List<Row> labelled(long from, long to, long horizon) {
        return rows.stream().filter(r -> r.accepted >= from && r.accepted < to && r.accepted + horizon <= lastMinute).toList();
    }

    public List<Row> rows() {
        return rows;
    }

    public static List<Example> examples(List<Row> rows) {
        return rows.stream().map(Row::example).toList();
    }
}
