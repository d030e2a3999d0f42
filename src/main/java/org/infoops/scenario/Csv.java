package org.infoops.scenario;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Minimal CSV writing: RFC 4180 quoting for text, numbers in their shortest exact form. */
public final class Csv {
    private Csv() {}

    public static void header(Writer w, List<String> columns) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) w.write(',');
            w.write(text(columns.get(i)));
        }
        w.write('\n');
    }

    /** A text cell, quoted only when it contains a comma, quote or line break. */
    public static String text(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Whole numbers without ".0" (counts stay counts), others as Java's shortest round-trip form, NaN as empty. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
