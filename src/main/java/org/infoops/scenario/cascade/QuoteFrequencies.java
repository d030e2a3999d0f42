package org.infoops.scenario.cascade;

import org.infoops.scenario.ScenarioException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infoops.model.cascade.SpreadNetwork;

/**
 * QM(u) from a CSV {@code user_id,quote_probability} (the paper's per-user quote-to-retweet frequency from Periods
 * I-II). Users of the file that are not in N_A are ignored; users of N_A not in the file keep {@code fallback}.
 */
final class QuoteFrequencies {
    static final String HEADER = "user_id,quote_probability";

    private QuoteFrequencies() {}

    static float[] read(Path file, SpreadNetwork net, float[] fallback, String source) {
        java.util.Map<Long, Integer> node = new java.util.HashMap<>();
        for (int u = 0; u < net.nodeCount(); u++) node.put(net.userId(u), u);
        float[] qm = fallback == null ? new float[net.nodeCount()] : fallback.clone();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String header = in.readLine();
            if (header == null || !header.replace(" ", "").equalsIgnoreCase(HEADER)) {
                throw new ScenarioException(source, "quotes.file", file + ": header must be '" + HEADER + "', was '" + header + "'");
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                try {
                    long id = Long.parseLong(f[0].trim());
                    double q = Double.parseDouble(f[1].trim());
                    if (!(q >= 0 && q <= 1)) {
                        throw new ScenarioException(source, "quotes.file", file + ":" + n + ": quote_probability " + q + " is out of range; allowed: 0 to 1");
                    }
                    Integer u = node.get(id);
                    if (u != null) qm[u] = (float) q;
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new ScenarioException(source, "quotes.file", file + ":" + n + ": '" + line + "' is not allowed; allowed: an integer user id and a number");
                }
            }
        } catch (IOException e) {
            throw new ScenarioException(source, "quotes.file", "cannot read " + file + ": " + e.getMessage(), e);
        }
        return qm;
    }
}
