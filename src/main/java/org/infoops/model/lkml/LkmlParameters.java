package org.infoops.model.lkml;

/**
 * The mailing-list world's settings that a message log does not give (scenarios/lkml/parameters.yaml, each value
 * with its source or reason there). Times are whole minutes from the log's origin; a year is 365 days.
 *
 * @param periods  the experiment's calendar (§4.1: fit on the first half of 2021, train on 2021, test on 2022)
 * @param process  the informal review process of §4.1, shared by every world built on {@link MailingListWorld}
 * @param fit      how contributors and reversals are fitted from a log
 */
public record LkmlParameters(Periods periods, Process process, Fit fit) {
    public static final int MINUTES_PER_DAY = 1440;

    /**
     * @param fitDays      the log window the agents are fitted on, from the origin (181 = 1 Jan to 30 Jun 2021)
     * @param trainDays    patches accepted in [0, trainDays) form the real training pool (365 = 2021)
     * @param testDays     patches accepted in [trainDays, trainDays + testDays) are the held-out real data (2022)
     * @param horizonDays  a patch counts as reversed when reversed within this many days of its acceptance (6 months)
     */
    public record Periods(int fitDays, int trainDays, int testDays, int horizonDays) {
        public Periods {
            if (fitDays < 1 || fitDays > trainDays) throw new IllegalArgumentException("periods.fitDays = " + fitDays + "; allowed: 1 to trainDays (" + trainDays + ")");
            if (testDays < 1) throw new IllegalArgumentException("periods.testDays = " + testDays + "; allowed: 1 or more");
            if (horizonDays < 1) throw new IllegalArgumentException("periods.horizonDays = " + horizonDays + "; allowed: 1 or more");
        }

        public long fitEnd() {
            return (long) fitDays * MINUTES_PER_DAY;
        }

        public long trainEnd() {
            return (long) trainDays * MINUTES_PER_DAY;
        }

        public long testEnd() {
            return (long) (trainDays + testDays) * MINUTES_PER_DAY;
        }

        public long horizon() {
            return (long) horizonDays * MINUTES_PER_DAY;
        }
    }

    /**
     * The review process: a maintainer inspects a proposal and assigns reviewers; each reviewer may ask the author
     * questions before a verdict (recommend, or ask for a revision); anyone may join with comments; the maintainer
     * decides once every reviewer recommended or the revisions ran out. Delays are exponential means in hours.
     */
    public record Process(double inspectHours, double reviewHours, double answerHours, double revisionHours,
                          double decideHours, double joinHours, int reviewersMin, int reviewersMax, double questionShare,
                          int questionsMax, int revisionsMax, double revisionImprovement, double bystanderComments,
                          double acceptWhenRecommended, double acceptWhenExhausted, double filesMean) {
        public Process {
            positive("inspectHours", inspectHours);
            positive("reviewHours", reviewHours);
            positive("answerHours", answerHours);
            positive("revisionHours", revisionHours);
            positive("decideHours", decideHours);
            positive("joinHours", joinHours);
            if (reviewersMin < 1 || reviewersMax < reviewersMin) {
                throw new IllegalArgumentException("process.reviewersMin/Max = " + reviewersMin + "/" + reviewersMax + "; allowed: 1 <= min <= max");
            }
            share("questionShare", questionShare);
            share("revisionImprovement", revisionImprovement);
            share("acceptWhenRecommended", acceptWhenRecommended);
            share("acceptWhenExhausted", acceptWhenExhausted);
            if (questionsMax < 0 || revisionsMax < 0) throw new IllegalArgumentException("process.questionsMax and revisionsMax must be >= 0");
            if (!(bystanderComments >= 0)) throw new IllegalArgumentException("process.bystanderComments = " + bystanderComments + "; allowed: 0 or more");
            if (!(filesMean >= 1)) throw new IllegalArgumentException("process.filesMean = " + filesMean + "; allowed: 1 or more");
        }
    }

    /**
     * @param activeShare   a contributor's daily window is the shortest span of hours holding this share of its messages
     * @param priorPatches  pseudo-patches (at the log's average) that shrink a contributor's fitted review outcome
     * @param priorEvents   pseudo-events that shrink each fitted reversal-hazard factor towards 1
     */
    public record Fit(double activeShare, double priorPatches, double priorEvents) {
        public Fit {
            if (!(activeShare > 0 && activeShare <= 1)) throw new IllegalArgumentException("fit.activeShare = " + activeShare + "; allowed: (0, 1]");
            if (!(priorPatches >= 0) || !(priorEvents >= 0)) throw new IllegalArgumentException("fit.priorPatches and priorEvents must be >= 0");
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0)) throw new IllegalArgumentException("process." + name + " = " + v + "; allowed: more than 0");
    }

    private static void share(String name, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("process." + name + " = " + v + "; allowed: 0 to 1");
    }
}
