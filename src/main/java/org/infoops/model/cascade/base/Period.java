package org.infoops.model.cascade.base;

/**
 * The paper's three data periods (section "Data extraction"), as day offsets from 1 Feb 2021 (day 0):
 * Period I 1 Feb - 31 Mar (59 days), Period II 1 - 15 Apr (15 days), Period III 16 Apr - 31 Jul (107 days).
 * Periods I-II give the network, the user features and the training data; Period III is held out for evaluation.
 */
public enum Period {
    I(0, 59), II(59, 74), III(74, 181);

    /** First day (inclusive) and end day (exclusive), counted from 1 Feb 2021. */
    public final int startDay;
    public final int endDay;

    Period(int startDay, int endDay) {
        this.startDay = startDay;
        this.endDay = endDay;
    }

    public static final int TOTAL_DAYS = 181;

    /** The period containing {@code day} (fractional days allowed). */
    public static Period of(double day) {
        if (!(day >= 0 && day < TOTAL_DAYS)) {
            throw new IllegalArgumentException("time " + day + " is outside the observed days 0.." + TOTAL_DAYS);
        }
        return day < II.startDay ? I : day < III.startDay ? II : III;
    }

    /** Parses "I", "II" or "III" (the posts.csv `period` column). */
    public static Period parse(String s) {
        for (Period p : values()) {
            if (p.name().equals(s.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("period '" + s + "' is not one of I, II, III");
    }
}
