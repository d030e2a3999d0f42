package org.infoops.scenario.diluvsion;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.infoops.model.diluvsion.EntityTable;
import org.infoops.model.diluvsion.StepSeries;
import org.infoops.model.diluvsion.DiluvsionRun;
import org.infoops.scenario.StagedDirectory;

/**
 * One finished Diluvsion run of a shard, as a file: which scenario and settings it belongs to, when it ran, and
 * its step series, tweet table and agent table, every number in its exact binary form (doubles as their bits),
 * so the merge writes the very bytes a single machine writes. GZIP-compressed; written atomically.
 *
 * <p>Why not Java serialization or CSV: the model's records are not Serializable, and CSV would round doubles.
 * The tweets of a run are kept whole only when the scenario's outputs print them (run 0, or every run with
 * {@code --all-tweets}); otherwise only the engagement columns the summary needs.
 */
public final class RunFile {
    private static final int MAGIC = 0x494F5231; // "IOR1"
    static final List<String> ENGAGEMENT_COLUMNS = List.of("likes", "retweets", "replies");

    /** A run read back, with its timing on the wall clock (epoch nanoseconds), comparable across machines. */
    public record Stored(DiluvsionRun run, RunTiming timing) {}

    private RunFile() {}

    /** {@code <dir>/<scenario>/run-<index>.bin.gz}. */
    public static Path path(Path dir, String scenario, int run) {
        return dir.resolve(scenario).resolve(String.format("run-%05d.bin.gz", run));
    }

    public static void write(Path file, DiluvsionScenario s, DiluvsionRun run, RunTiming wallTiming, boolean allTweets) throws IOException {
        StagedDirectory.writeFile(file, p -> {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(p))))) {
                out.writeInt(MAGIC);
                out.writeUTF(s.name());
                out.writeInt(s.runs());
                out.writeInt(s.steps());
                out.writeLong(s.seed());
                out.writeInt(run.run());
                out.writeLong(wallTiming.startNanos());
                out.writeLong(wallTiming.endNanos());
                writeSeries(out, run.steps());
                EntityTable tweets = run.tweets();
                if (tweets != null && !allTweets && run.run() != 0 && tweets.columns().containsAll(ENGAGEMENT_COLUMNS)) {
                    tweets = new EntityTable(ENGAGEMENT_COLUMNS, ENGAGEMENT_COLUMNS.stream().map(tweets::column).toArray(long[][]::new));
                }
                writeTable(out, tweets);
                writeTable(out, run.agents());
            }
        });
    }

    /** Reads a run and checks it belongs to {@code s} (same name, runs, steps and seed) and is run {@code index}. */
    public static Stored read(Path file, DiluvsionScenario s, int index) throws IOException {
        try (DataInputStream in = open(file)) {
            checkHeader(in, file, s, index);
            RunTiming timing = new RunTiming(in.readLong(), in.readLong());
            StepSeries series = readSeries(in);
            EntityTable tweets = readTable(in);
            EntityTable agents = readTable(in);
            return new Stored(new DiluvsionRun(index, series, tweets, agents), timing);
        }
    }

    /** Reads only the header: a {@link ShardMismatchException} if the file is not run {@code index} of {@code s}. */
    public static void check(Path file, DiluvsionScenario s, int index) throws IOException {
        try (DataInputStream in = open(file)) {
            checkHeader(in, file, s, index);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))));
    }

    private static void checkHeader(DataInputStream in, Path file, DiluvsionScenario s, int index) throws IOException {
        if (in.readInt() != MAGIC) throw new ShardMismatchException(file + " is not a shard run file");
        String name = in.readUTF();
        int runs = in.readInt(), steps = in.readInt();
        long seed = in.readLong();
        int run = in.readInt();
        if (!name.equals(s.name()) || runs != s.runs() || steps != s.steps() || seed != s.seed() || run != index) {
            throw new ShardMismatchException(file + " holds " + name + " run " + run + " of " + runs + " runs x " + steps
                    + " steps, seed " + seed + "; the merge expects " + s.name() + " run " + index + " of " + s.runs()
                    + " runs x " + s.steps() + " steps, seed " + s.seed() + " (merge with the shards' own scenario options)");
        }
    }

    /** A run file that belongs to another sweep (other scenario options) or is not a run file at all. */
    public static final class ShardMismatchException extends IOException {
        ShardMismatchException(String message) {
            super(message);
        }
    }

    private static void writeSeries(DataOutputStream out, StepSeries s) throws IOException {
        writeNames(out, s.columns());
        out.writeInt(s.steps());
        for (double[] column : s.values()) for (double v : column) out.writeLong(Double.doubleToRawLongBits(v));
    }

    private static StepSeries readSeries(DataInputStream in) throws IOException {
        List<String> columns = readNames(in);
        int steps = in.readInt();
        double[][] values = new double[columns.size()][steps];
        for (double[] column : values) for (int i = 0; i < steps; i++) column[i] = Double.longBitsToDouble(in.readLong());
        return new StepSeries(columns, values);
    }

    private static void writeTable(DataOutputStream out, EntityTable t) throws IOException {
        out.writeBoolean(t != null);
        if (t == null) return;
        writeNames(out, t.columns());
        out.writeInt(t.rows());
        for (long[] column : t.values()) for (long v : column) out.writeLong(v);
    }

    private static EntityTable readTable(DataInputStream in) throws IOException {
        if (!in.readBoolean()) return null;
        List<String> columns = readNames(in);
        int rows = in.readInt();
        long[][] values = new long[columns.size()][rows];
        for (long[] column : values) for (int i = 0; i < rows; i++) column[i] = in.readLong();
        return new EntityTable(columns, values);
    }

    private static void writeNames(DataOutputStream out, List<String> names) throws IOException {
        out.writeInt(names.size());
        for (String n : names) out.writeUTF(n);
    }

    private static List<String> readNames(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) names.add(in.readUTF());
        return names;
    }
}
