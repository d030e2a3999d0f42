package org.infoops.scenario;

import org.infoops.scenario.diluvsion.DiluvsionScenario;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar on stderr (me.tongfei:progressbar) counting finished runs. */
public final class ProgressBarProgress implements RunProgress {
    private final String task;
    private ProgressBar bar;

    public ProgressBarProgress(String task) {
        this.task = task;
    }

    @Override
    public synchronized void start(long totalRuns) {
        bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalRuns).setUnit(" runs", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build();
    }

    @Override
    public synchronized void runFinished(DiluvsionScenario scenario, int runIndex) {
        if (bar == null) return;
        bar.step();
        bar.setExtraMessage(scenario.name() + " run " + runIndex);
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
