package org.infoops.agent;

import java.util.List;
import java.util.Locale;

/** The outcome of a {@link PolicyExperiment}: one result per policy, the first being the baseline. */
public record ExperimentReport(String envId, long firstSeed, int episodes, List<PolicyResult> results) {
    public ExperimentReport {
        results = List.copyOf(results);
    }

    public PolicyResult result(String name) {
        return results.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy named " + name));
    }

    /** A table: mean return with its 95% CI, and the paired difference to the baseline with its 95% CI. */
    public String format() {
        StringBuilder b = new StringBuilder();
        String baseline = results.get(0).name();
        b.append(String.format(Locale.ROOT, "%s: %d episodes per policy (seeds %d..%d); return = sum of all agents' rewards%n",
                envId, episodes, firstSeed, firstSeed + episodes - 1));
        b.append(String.format(Locale.ROOT, "%-22s %12s  %-25s  %-36s%n", "policy", "mean return", "95% CI",
                "difference to " + baseline + " (95% CI)"));
        for (PolicyResult r : results) {
            String diff = r.name().equals(baseline) ? "(baseline)"
                    : String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]%s", r.diffMean(), r.diffCiLow(), r.diffCiHigh(),
                    r.differsFromBaseline() ? " *" : "");
            b.append(String.format(Locale.ROOT, "%-22s %12.4f  [%10.4f, %10.4f]  %s%n", r.name(), r.mean(), r.ciLow(),
                    r.ciHigh(), diff));
            if (r.cutEpisodes() > 0) {
                b.append(String.format(Locale.ROOT, "%-22s (%d episodes stopped at the step cap)%n", "", r.cutEpisodes()));
            }
        }
        b.append("* the interval excludes 0: the policies differ at the 95% level\n");
        return b.toString();
    }
}
