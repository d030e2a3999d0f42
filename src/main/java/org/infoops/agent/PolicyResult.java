package org.infoops.agent;

/**
 * One policy's returns over an experiment's seeds.
 *
 * @param name        the policy's name
 * @param returns     episode return per seed (in seed order): the sum of every agent's rewards
 * @param mean        mean return
 * @param ciLow       lower end of the 95% confidence interval of the mean (Student's t)
 * @param ciHigh      upper end
 * @param diffMean    mean paired difference to the baseline (first policy) on the same seeds; 0 for the baseline
 * @param diffCiLow   lower end of the 95% interval of that difference
 * @param diffCiHigh  upper end
 * @param cutEpisodes episodes stopped at the experiment's step cap before they ended
 */
public record PolicyResult(String name, double[] returns, double mean, double ciLow, double ciHigh,
                           double diffMean, double diffCiLow, double diffCiHigh, int cutEpisodes) {
    /** True when the 95% interval of the paired difference excludes 0. */
    public boolean differsFromBaseline() {
        return diffCiLow > 0 || diffCiHigh < 0;
    }
}
