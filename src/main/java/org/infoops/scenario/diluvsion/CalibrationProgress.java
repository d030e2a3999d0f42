package org.infoops.scenario.diluvsion;

import org.infoops.scenario.RunProgress;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.Locale;

/**
 * One progress bar (stderr) over a whole calibration, counting simulation runs: the sweeps inside it report runs
 * through {@link #forRuns()}, candidates taken from the resume log count as done at once, and the message shows
 * the best objective so far. {@link #NONE} draws nothing.
 */
public class CalibrationProgress implements AutoCloseable {
    public static final CalibrationProgress NONE = new CalibrationProgress(false);

    private final boolean draw;
    private ProgressBar bar;
    private double best = Double.POSITIVE_INFINITY;
    private int candidates;

    public CalibrationProgress(boolean draw) {
        this.draw = draw;
    }

    synchronized void start(long totalRuns) {
        if (draw) {
            bar = new ProgressBarBuilder().setTaskName("calibrate").setInitialMax(totalRuns).setUnit(" runs", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(1000).build();
        }
    }

    /** A view for the sweeps inside the calibration: counts their runs, leaves starting and closing to us. */
    RunProgress forRuns() {
        return new RunProgress() {
            @Override
            public void runFinished(DiluvsionScenario scenario, int runIndex) {
                step(1);
            }
        };
    }

    synchronized void skip(long runs) {
        step(runs);
    }

    synchronized void scored(Calibrator.Scored s) {
        candidates++;
        best = Math.min(best, s.objective());
        message(String.format(Locale.ROOT, "%d candidates, best objective %.3f", candidates, best));
    }

    synchronized void phase(String name) {
        message(name);
    }

    private synchronized void step(long n) {
        if (bar != null) bar.stepBy(n);
    }

    private void message(String m) {
        if (bar != null) bar.setExtraMessage(m);
    }

    @Override
    public synchronized void close() {
        if (bar != null) bar.close();
        bar = null;
    }
}
