package org.infoops.scenario.cascade;

import java.util.List;

/**
 * A cascade scenario (scenarios/cascade/*.yaml), bound strictly by {@link CascadeBinder}: every key must be
 * present after merging over scenarios/cascade/parameters.yaml, where each value carries its paper section or the
 * reason it was chosen. Compact constructors reject out-of-range values; the loader turns that into an error naming
 * the field, the value and what is allowed.
 */
public record CascadeScenario(String name, String model, String description, long seed, int trials,
                              Network network, Source source, Quotes quotes, Countermeasures countermeasures,
                              List<Topic> topics, List<Analysis> analyses, Infection infection) {

    /** What the {@code cascade} command computes and writes. */
    public enum Analysis { CASCADE, BLOCKING, INOCULATION, TOPICS }

    /**
     * Where N_A comes from: a synthetic base world, a retweet table (CSV author,retweeter,count), or the clone the
     * infection model was trained on (calibrated model; size and Leiden settings are then the model's).
     */
    public enum NetworkSource { SYNTHETIC, RETWEETS, CLONE }

    public record Network(NetworkSource from, String retweets, List<Long> seedUsers, int size, Synthetic synthetic, Leiden leiden) {
        public Network {
            if (size < 2) throw new IllegalArgumentException("size " + size + " is out of range; allowed: 2 or more");
        }
    }

    public record Synthetic(int users, int communities, double minRetweeters, double tailExponent, int maxRetweeters,
                            double mixing, double meanExtraCount, long seed) {}

    public record Leiden(double resolution, int iterations, long seed) {
        public Leiden {
            if (!(resolution > 0)) throw new IllegalArgumentException("resolution " + resolution + " is out of range; allowed: more than 0");
            if (iterations < 1) throw new IllegalArgumentException("iterations " + iterations + " is out of range; allowed: 1 or more");
        }
    }

    /** The source user u_S (a user id from the data, or -1 for the most retweeted user) and T_S's text and topic (-1: unknown). */
    public record Source(long user, String text, int topic) {
        public Source {
            if (topic < -1) throw new IllegalArgumentException("topic " + topic + " is out of range; allowed: -1 (unknown) or a topic index >= 0");
        }
    }

    /**
     * QM(u): each user's quote probability, read from {@code file} (CSV user_id,quote_probability: the paper's
     * per-user empirical quote frequency) or, for users not in it or without a file, drawn from
     * Beta(mean * concentration, (1 - mean) * concentration); mean 0 and no file = no quotes.
     */
    public record Quotes(double mean, double concentration, String mutation, String file) {
        public Quotes {
            if (!(mean >= 0 && mean < 1)) throw new IllegalArgumentException("mean " + mean + " is out of range; allowed: 0 to below 1");
            if (!(concentration > 0)) throw new IllegalArgumentException("concentration " + concentration + " is out of range; allowed: more than 0");
            if (!"keep-text".equals(mutation)) throw new IllegalArgumentException("mutation '" + mutation + "' is not allowed; allowed values: keep-text");
        }
    }

    public record Countermeasures(int trials, List<Integer> blockCounts, List<Double> inoculationFractions,
                                  double inoculationReduction, double inoculationReductionSd) {
        public Countermeasures {
            if (trials < 1) throw new IllegalArgumentException("trials " + trials + " is out of range; allowed: 1 or more");
            for (int k : blockCounts) if (k < 0) throw new IllegalArgumentException("blockCounts value " + k + " is out of range; allowed: 0 or more");
            for (double f : inoculationFractions) if (!(f >= 0 && f <= 1)) throw new IllegalArgumentException("inoculationFractions value " + f + " is out of range; allowed: 0 to 1");
            if (!(inoculationReduction >= 0 && inoculationReduction <= 1)) throw new IllegalArgumentException("inoculationReduction " + inoculationReduction + " is out of range; allowed: 0 to 1");
            if (!(inoculationReductionSd >= 0)) throw new IllegalArgumentException("inoculationReductionSd " + inoculationReductionSd + " is out of range; allowed: 0 or more");
        }
    }

    /** A red-teaming seed post (Fig 8C), posted by the source user. */
    public record Topic(String name, int topic, String text) {}

    /** The infection model: a registered name (static, ...) and that model's own settings record. */
    public record Infection(String model, Record settings) {}

    /** The same scenario with {@code trials} for the base runs and for every countermeasure point. */
    public CascadeScenario withTrials(int t) {
        Countermeasures c = new Countermeasures(t, countermeasures.blockCounts(), countermeasures.inoculationFractions(),
                countermeasures.inoculationReduction(), countermeasures.inoculationReductionSd());
        return new CascadeScenario(name, model, description, seed, t, network, source, quotes, c, topics, analyses, infection);
    }

    public CascadeScenario withSeed(long s) {
        return new CascadeScenario(name, model, description, s, trials, network, source, quotes, countermeasures, topics, analyses, infection);
    }

    public CascadeScenario withAnalyses(List<Analysis> a) {
        return new CascadeScenario(name, model, description, seed, trials, network, source, quotes, countermeasures, topics, a, infection);
    }

    public CascadeScenario {
        if (trials < 1) throw new IllegalArgumentException("trials " + trials + " is out of range; allowed: 1 or more");
    }
}
