package org.infoops.model.diluvsion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The day-of-week x half-hour action-probability table (7 x 48 = 336 slots) that drives when agents wake
 * (Diluvsion §3.6, §3.8.1). Rows are Monday..Sunday, columns the 48 half-hour slots from 00:00.
 */
public final class DiurnalTable {
    public static final int DAYS = 7;
    public static final int SLOTS_PER_DAY = 48;
    public static final int SLOTS_PER_WEEK = DAYS * SLOTS_PER_DAY;
    /** Classpath copy of shared/specs/diurnal_7x48.csv (the spec's calibrated default table). */
    public static final String DEFAULT_RESOURCE = "/kernel/diurnal_7x48.csv";

    private final double[] probability; // index = day * 48 + halfHour

    private DiurnalTable(double[] probability) {
        this.probability = probability;
    }

    public static DiurnalTable defaultTable() {
        try (InputStream in = DiurnalTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
            }
            return parse(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DiurnalTable load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read diurnal table " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a CSV with a header row and 7 rows of a day label followed by 48 probabilities in [0, 1]. */
    static DiurnalTable parse(InputStream in, String source) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        String line;
        boolean header = true;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) continue;
            if (header) { header = false; continue; }
            rows.add(line);
        }
        if (rows.size() != DAYS) {
            throw new IllegalArgumentException(source + ": diurnal table needs " + DAYS + " day rows, found " + rows.size());
        }
        double[] p = new double[SLOTS_PER_WEEK];
        for (int d = 0; d < DAYS; d++) {
            String[] cells = rows.get(d).split(",");
            if (cells.length != SLOTS_PER_DAY + 1) {
                throw new IllegalArgumentException(source + ": row " + (d + 1) + " needs a day label and "
                        + SLOTS_PER_DAY + " values, found " + (cells.length - 1) + " values");
            }
            for (int s = 0; s < SLOTS_PER_DAY; s++) {
                double v = Double.parseDouble(cells[s + 1].trim());
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException(source + ": row " + cells[0] + " slot " + s
                            + " has probability " + v + "; allowed: 0 to 1");
                }
                p[d * SLOTS_PER_DAY + s] = v;
            }
        }
        return new DiurnalTable(p);
    }

    /** Probability of the week slot (0..335). */
    public double probability(int weekSlot) {
        return probability[weekSlot];
    }

    public double mean() {
        double sum = 0;
        for (double v : probability) sum += v;
        return sum / probability.length;
    }

    public double[] values() {
        return probability.clone();
    }
}
