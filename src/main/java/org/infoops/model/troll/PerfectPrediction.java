package org.infoops.model.troll;

/**
 * The omniscient baseline of Figure 5 ("rescheduling with perfect predictions"): postpones exactly the posts the
 * bots would attack if published now, by reading their rule and the marks. The only policy allowed to do so.
 */
public final class PerfectPrediction implements PostingPolicy {
    private final TrollBot bot;
    private final AttackMarks marks;
    private final Postponement postponement;

    public PerfectPrediction(TrollWorld world, Postponement postponement) {
        this.bot = world.bot();
        this.marks = world.record().marks();
        this.postponement = postponement;
    }

    @Override
    public long delay(DuePost due) {
        return bot.triggered(due.activity(), marks, due.now()) ? postponement.draw(due.influencer()) : 0;
    }
}
