package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Optional;

/** One of {@code n} choices: an int64 scalar in [start, start + n). Gymnasium's {@code Discrete(n, start)}. */
public record Discrete(long n, long start) implements Space {
    private static final int[] SCALAR = new int[0];

    public Discrete {
        if (n < 1) throw new IllegalArgumentException("Discrete needs n >= 1, got " + n);
    }

    public Discrete(long n) {
        this(n, 0);
    }

    @Override
    public Optional<Violation> violation(Value value, String path) {
        String allowed = allowed();
        Optional<Violation> shape = SpaceChecks.tensorShapeAndType(value, path, DType.INT64, SCALAR, allowed);
        if (shape.isPresent()) return shape;
        long v = ((Tensor) value).longAt(0);
        if (v < start || v - start >= n) {
            return Optional.of(new Violation(path, "value " + v + " is outside " + describe() + "; allowed: " + allowed));
        }
        return Optional.empty();
    }

    private String allowed() {
        return "an int64 scalar from " + start + " to " + (start + n - 1);
    }

    @Override
    public Tensor sample(UniformRandomProvider rng) {
        return Tensor.scalar(start + rng.nextLong(n));
    }

    @Override
    public String describe() {
        return start == 0 ? "Discrete(" + n + ")" : "Discrete(" + n + ", start=" + start + ")";
    }
}
