package org.infoops.scenario;

import org.apache.commons.math3.distribution.TDistribution;

/** Mean and 95% Student-t interval of values over seeds (NaN values left out; a single value has no width). */
public record Interval(double mean, double low, double high, int n) {
    public static Interval of(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN), ss = 0;
        for (double x : v) ss += (x - mean) * (x - mean);
        double half = v.length < 2 ? 0 : new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.length - 1) / v.length);
        return new Interval(mean, mean - half, mean + half, v.length);
    }

    public double halfWidth() {
        return high - mean;
    }
}
