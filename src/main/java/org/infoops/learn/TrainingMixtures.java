package org.infoops.learn;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ListSampler;

/**
 * Mixtures of real and synthetic training data on a grid of shares (the synthetic-data paper's Figures 3 and 4:
 * real share x synthetic share, 0-100%). A share s of a pool of n rows is the first round(s n) rows of one seeded
 * shuffle of that pool, so the mixtures of one seed are nested (the 50% rows are inside the 75% rows) and cells
 * differ by the data they add, not by a fresh draw.
 */
public final class TrainingMixtures {
    /** One cell of the grid. */
    public record Cell(double realShare, double syntheticShare) {}

    private TrainingMixtures() {
    }

    /** Every (real, synthetic) pair of the shares except (0, 0), which has no data. */
    public static List<Cell> grid(List<Double> shares) {
        List<Cell> cells = new ArrayList<>();
        for (double r : shares) for (double s : shares) if (r > 0 || s > 0) cells.add(new Cell(r, s));
        return cells;
    }

    /** A seeded shuffle of the pool (a copy). */
    public static <T> List<T> shuffled(List<T> pool, UniformRandomProvider rng) {
        List<T> copy = new ArrayList<>(pool);
        ListSampler.shuffle(rng, copy);
        return copy;
    }

    /** The first round(share x size) rows. */
    public static <T> List<T> share(List<T> shuffled, double share) {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("share = " + share + "; allowed: 0 to 1");
        return shuffled.subList(0, (int) Math.round(share * shuffled.size()));
    }

    /** A cell's training rows: its share of the real pool followed by its share of the synthetic pool. */
    public static <T> List<T> mixture(List<T> realShuffled, List<T> syntheticShuffled, Cell c) {
        List<T> rows = new ArrayList<>(share(realShuffled, c.realShare()));
        rows.addAll(share(syntheticShuffled, c.syntheticShare()));
        return rows;
    }
}
