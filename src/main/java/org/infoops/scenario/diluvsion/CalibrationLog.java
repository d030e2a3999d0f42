package org.infoops.scenario.diluvsion;

import org.infoops.scenario.ScenarioException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration's evaluations, appended one line per candidate as soon as it is scored ({@code evaluations.csv}):
 * what makes {@code calibrate} resumable. A restarted calibration with the same settings replays the same
 * deterministic search and takes every candidate already in the log from it instead of running it again.
 * A line cut short by an interruption is ignored.
 */
public final class CalibrationLog implements AutoCloseable {
    public static final String FILE = "evaluations.csv";
    private static final String HEADER = "phase,candidate,objective,summary";

    /** @param phase screen or cma; @param summary the docking summary line of the training set */
    public record Entry(String phase, String candidate, double objective, String summary) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final BufferedWriter writer;

    private CalibrationLog(BufferedWriter writer) {
        this.writer = writer;
    }

    public static CalibrationLog open(Path dir, String settings) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        List<Entry> old = read(file, settings);
        boolean cut = Files.exists(file) && Files.size(file) > 0 && !Files.readString(file, StandardCharsets.UTF_8).endsWith("\n");
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (cut) w.write("\n"); // the cut line stays ignored; the next entry starts on a line of its own
        CalibrationLog log = new CalibrationLog(w);
        if (old.isEmpty() && Files.size(file) == 0) {
            w.write("# " + settings + "\n" + HEADER + "\n");
            w.flush();
        }
        for (Entry e : old) log.entries.put(e.candidate(), e);
        return log;
    }

    /** The complete entries of a log file written with {@code settings} (none when it does not exist), without opening it for writing. */
    public static List<Entry> read(Path file, String settings) throws IOException {
        List<Entry> old = new ArrayList<>();
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && !lines.get(0).equals("# " + settings)) {
                throw new ScenarioException(file.toString(), "", "was written by a calibration with other settings ("
                        + lines.get(0).substring(Math.min(2, lines.get(0).length())) + "); allowed: the same settings to resume, or another --out");
            }
            for (String line : lines) {
                if (line.startsWith("#") || line.equals(HEADER) || !line.endsWith("\"")) continue;
                String[] c = line.split(",", 4);
                if (c.length < 4) continue;
                old.add(new Entry(c[0], unquote(c[1]), Double.parseDouble(c[2]), unquote(c[3])));
            }
        }
        return old;
    }

    Entry get(String candidate) {
        return entries.get(candidate);
    }

    int size() {
        return entries.size();
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public void add(Entry e) throws IOException {
        entries.put(e.candidate(), e);
        writer.write(e.phase() + "," + quote(e.candidate()) + "," + e.objective() + "," + quote(e.summary()) + "\n");
        writer.flush();
    }

    private static String quote(String s) {
        return '"' + s.replace("\"", "'") + '"';
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
