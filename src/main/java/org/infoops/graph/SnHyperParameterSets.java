package org.infoops.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 14 crawled hyper-parameter sets of the Schweimer generator (spec §3.3), read from
 * {@code /graph/schweimer-hyperparameters.csv}. Names are looked up case-insensitively.
 */
public final class SnHyperParameterSets {
    /** The set Diluvsion uses (Diluvsion §3.7 l.344). */
    public static final String DEFAULT_NAME = "Covid";

    static final String RESOURCE = "/graph/schweimer-hyperparameters.csv";
    private static final int COLUMNS = 14;

    private final Map<String, SnHyperParameters> byLowerName; // insertion order = file order

    private SnHyperParameterSets(Map<String, SnHyperParameters> byLowerName) {
        this.byLowerName = byLowerName;
    }

    /** The sets shipped with the product; the file is parsed once (the result is immutable). */
    public static SnHyperParameterSets standard() {
        return Standard.SETS;
    }

    private static final class Standard { // lazy holder: parsed on first use, never mutated
        static final SnHyperParameterSets SETS = load();
    }

    static SnHyperParameterSets load() {
        try (InputStream in = SnHyperParameterSets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static SnHyperParameterSets parse(BufferedReader reader) throws IOException {
        Map<String, SnHyperParameters> sets = new LinkedHashMap<>();
        boolean headerSeen = false;
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            if (!headerSeen) { // first data-looking line is the header
                headerSeen = true;
                continue;
            }
            String[] f = trimmed.split(",", -1);
            if (f.length != COLUMNS) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected " + COLUMNS
                        + " columns, found " + f.length);
            }
            try {
                SnHyperParameters p = new SnHyperParameters(f[0].strip(), Integer.parseInt(f[1].strip()),
                        chi(f, 2), chi(f, 5), chi(f, 8), num(f[11]), num(f[12]), num(f[13]));
                if (sets.put(p.name().toLowerCase(Locale.ROOT), p) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": duplicate set " + p.name());
                }
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new SnHyperParameterSets(Collections.unmodifiableMap(sets));
    }

    private static SnHyperParameters.ChiSquare chi(String[] f, int first) {
        return new SnHyperParameters.ChiSquare(num(f[first]), num(f[first + 1]), num(f[first + 2]));
    }

    private static double num(String s) {
        return Double.parseDouble(s.strip());
    }

    /** The set called {@code name} (any letter case); unknown names list the allowed ones. */
    public SnHyperParameters byName(String name) {
        SnHyperParameters p = name == null ? null : byLowerName.get(name.strip().toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("unknown Schweimer hyper-parameter set '" + name + "'; allowed: "
                    + String.join(", ", names()));
        }
        return p;
    }

    public SnHyperParameters defaultSet() {
        return byName(DEFAULT_NAME);
    }

    /** Set names in file order, spelled as in the table. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (SnHyperParameters p : byLowerName.values()) names.add(p.name());
        return names;
    }

    public List<SnHyperParameters> all() {
        return List.copyOf(byLowerName.values());
    }
}
