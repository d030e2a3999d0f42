package org.infoops.model.cascade.infer;

import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.Period;

import java.util.List;
import java.util.function.Predicate;

/**
 * The evaluation sets of the paper's Fig 5A: the training rows, the held-out Periods I-II rows, and hold-out sets
 * by month after training (Period II = 1-15 April; Period III split into the rest of April, May, June, July).
 * Days count from 1 Feb 2021.
 */
public enum TestSet {
    TRAIN("training set", null),
    HELD_OUT_I_II("Periods I-II held out (calibration data)", null),
    PERIOD_II("Period II (Apr 1-15)", p -> p.period() == Period.II),
    PERIOD_III("Period III (Apr 16 - Jul 31)", p -> p.period() == Period.III),
    III_APRIL("Period III, Apr 16-30", p -> p.time() >= 74 && p.time() < 89),
    III_MAY("Period III, May", p -> p.time() >= 89 && p.time() < 120),
    III_JUNE("Period III, June", p -> p.time() >= 120 && p.time() < 150),
    III_JULY("Period III, July", p -> p.time() >= 150 && p.time() < 181);

    public final String label;
    final Predicate<BasePost> posts;

    TestSet(String label, Predicate<BasePost> posts) {
        this.label = label;
        this.posts = posts;
    }

    static List<TestSet> byPostTime() {
        return List.of(PERIOD_II, PERIOD_III, III_APRIL, III_MAY, III_JUNE, III_JULY);
    }
}
