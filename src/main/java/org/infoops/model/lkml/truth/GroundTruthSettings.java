package org.infoops.model.lkml.truth;

/**
 * The ground-truth generator's settings (scenarios/lkml/ground-truth.yaml, every value with its reason there).
 * No real LKML data ships, so this generator stands in for the "real" history of 2021 and 2022. Its contributors
 * carry a hidden skill, each patch a hidden quality, and reversals follow a hidden rule: an accepted patch is
 * reversed within the horizon with probability sigmoid(baseLogit + qualityWeight (1 - q) + revisionsWeight
 * revisions + filesWeight ln(files) + rushWeight [accepted within 2 days] + nightWeight [proposed 00:00-05:59 UTC]
 * + experienceWeight ln(1 + author's accepted patches before) + N(0, noiseSd)), where q is the patch's hidden
 * chance of passing one review. None of this reaches the log: only its messages do.
 */
public record GroundTruthSettings(
        int contributors,
        int groups,
        int filesPerGroup,
        int maintainersPerGroup,
        double groupZipf,
        double proposalsPerYearMean,
        double proposalsPerYearSigma,
        double commentsPerDayMean,
        double commentsPerDaySigma,
        int activeHoursMin,
        int activeHoursMax,
        double homeLoyaltyMin,
        double homeLoyaltyMax,
        double skillRateCorrelation,
        double qualityBase,
        double qualitySkillWeight,
        double qualityNoiseSd,
        double baseLogit,
        double qualityWeight,
        double revisionsWeight,
        double filesWeight,
        double rushWeight,
        double nightWeight,
        double experienceWeight,
        double noiseSd,
        double reversalDelayMeanDays) {

    public GroundTruthSettings {
        if (contributors < 10) throw new IllegalArgumentException("contributors = " + contributors + "; allowed: 10 or more");
        if (groups < 1 || maintainersPerGroup < 1 || filesPerGroup < 1) {
            throw new IllegalArgumentException("groups, maintainersPerGroup and filesPerGroup must be >= 1");
        }
        if (groups * maintainersPerGroup > contributors) {
            throw new IllegalArgumentException("groups x maintainersPerGroup = " + groups * maintainersPerGroup
                    + " exceeds contributors = " + contributors);
        }
        if (activeHoursMin < 1 || activeHoursMax > 24 || activeHoursMin > activeHoursMax) {
            throw new IllegalArgumentException("activeHoursMin/Max = " + activeHoursMin + "/" + activeHoursMax + "; allowed: 1 <= min <= max <= 24");
        }
        if (!(proposalsPerYearMean > 0) || !(commentsPerDayMean > 0)) throw new IllegalArgumentException("rates must be > 0");
        if (!(reversalDelayMeanDays > 0)) throw new IllegalArgumentException("reversalDelayMeanDays must be > 0");
        if (!(skillRateCorrelation >= -1 && skillRateCorrelation <= 1)) throw new IllegalArgumentException("skillRateCorrelation must be in [-1, 1]");
    }
}
