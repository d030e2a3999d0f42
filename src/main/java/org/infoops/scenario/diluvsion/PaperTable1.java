package org.infoops.scenario.diluvsion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Diluvsion paper's Table 1 as published (scenarios/diluvsion/paper-table1.csv, transcribed from the paper):
 * per simulation sim01..sim16 the end mean of each row (Con, Neu, Pro, T1..T12) and whether the paper marks it
 * with {@code *} (p < 0.05 against Sim 1). The docking report compares a sweep's own Table 1 with it.
 *
 * @param rows    row labels in the paper's order, the same as {@link Table1#rowDefinitions()}
 * @param start   the start column
 * @param columns per simulation name
 */
public record PaperTable1(List<String> rows, double[] start, Map<String, Column> columns) {
    public static final String RESOURCE = "scenarios/diluvsion/paper-table1.csv";

    /** @param values one per row; @param marks true where the paper prints {@code *} */
    public record Column(double[] values, boolean[] marks) {}

    /** The shipped transcription. */
    public static PaperTable1 load() {
        try (InputStream in = PaperTable1.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code row,start,sim01,...} lines with cells like {@code 133*}; lines starting with # are comments. */
    static PaperTable1 parse(String csv) {
        List<String[]> lines = new ArrayList<>();
        for (String line : csv.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) lines.add(line.split(",", -1));
        }
        String[] header = lines.get(0);
        int sims = header.length - 2;
        List<String> rows = new ArrayList<>();
        double[] start = new double[lines.size() - 1];
        double[][] values = new double[sims][start.length];
        boolean[][] marks = new boolean[sims][start.length];
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r);
            rows.add(cells[0]);
            start[r - 1] = Double.parseDouble(cells[1]);
            for (int s = 0; s < sims; s++) {
                String c = cells[s + 2].trim();
                marks[s][r - 1] = c.endsWith("*");
                values[s][r - 1] = Double.parseDouble(marks[s][r - 1] ? c.substring(0, c.length() - 1) : c);
            }
        }
        Map<String, Column> columns = new LinkedHashMap<>();
        for (int s = 0; s < sims; s++) columns.put(header[s + 2], new Column(values[s], marks[s]));
        List<String> expected = Table1.rowDefinitions().stream().map(d -> d[0]).toList();
        if (!rows.equals(expected)) throw new IllegalStateException(RESOURCE + " rows " + rows + " differ from " + expected);
        return new PaperTable1(List.copyOf(rows), start, Map.copyOf(columns));
    }

    public boolean has(String simulation) {
        return columns.containsKey(simulation);
    }

    public Column column(String simulation) {
        Column c = columns.get(simulation);
        if (c == null) throw new IllegalArgumentException("the paper's Table 1 has no '" + simulation + "'; it has " + columns.keySet());
        return c;
    }
}
