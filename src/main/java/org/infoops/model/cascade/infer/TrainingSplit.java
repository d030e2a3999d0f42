package org.infoops.model.cascade.infer;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.infoops.kernel.RandomStreams;
import org.infoops.model.cascade.base.Period;

import java.util.Arrays;

/**
 * Which exposure rows train the trees and which calibrate them. The paper's split: a random ~20% of Periods I-II
 * observations train, the other 80% test (and here calibrate). The non-resharing rows of the training part are then
 * kept at {@code negativeRate} (every resharing row is kept): a paper-size clone has millions of training rows,
 * almost all negative, and the trees need the positives, not millions of near-identical negatives. The trees' raw
 * scores are then biased upwards, which the calibration undoes: it is fitted on every held-out row, unsampled, so
 * its bins' reshare rates are the true ones.
 *
 * @param train   sorted rows the trees train on (all positives and the sampled negatives of the 20%)
 * @param heldOut sorted Periods I-II rows not in the 20%, none sampled away
 * @param late    sorted Period III rows (all unseen)
 */
public record TrainingSplit(int[] train, int[] heldOut, int[] late, double negativeRate, int negativesDropped) {

    /** Draws from {@code streams}' "train-test-split" and (when the rate is below 1) "training-negatives" streams. */
    public static TrainingSplit of(ExposureSet data, double trainFraction, double negativeRate, RandomStreams streams) {
        IntArrayList early = new IntArrayList(), late = new IntArrayList();
        for (int r = 0; r < data.size(); r++) (data.period(r) == Period.III ? late : early).add(r);
        int[] shuffled = early.toIntArray();
        UniformRandomProvider rng = streams.stream("train-test-split");
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = shuffled[i]; shuffled[i] = shuffled[j]; shuffled[j] = t;
        }
        int cut = (int) Math.round(trainFraction * shuffled.length);
        int[] train = Arrays.copyOf(shuffled, cut);
        int[] heldOut = Arrays.copyOfRange(shuffled, cut, shuffled.length);
        Arrays.sort(train);
        Arrays.sort(heldOut);
        int before = train.length;
        if (negativeRate < 1) train = sampleNegatives(data, train, negativeRate, streams.stream("training-negatives"));
        return new TrainingSplit(train, heldOut, late.toIntArray(), negativeRate, before - train.length);
    }

    /** Keeps every positive row and each negative row with probability {@code rate}, in row order (one draw per negative). */
    private static int[] sampleNegatives(ExposureSet data, int[] rows, double rate, UniformRandomProvider rng) {
        IntArrayList kept = new IntArrayList();
        for (int r : rows) {
            if (data.positive(r) || rng.nextDouble() < rate) kept.add(r);
        }
        return kept.toIntArray();
    }
}
