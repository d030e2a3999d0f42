package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Several independent choices: an int64 vector whose element i lies in [start[i], start[i] + nvec[i]).
 * Gymnasium's {@code MultiDiscrete(nvec, start)}. {@code components} name the entries (none, or one each); an
 * entry's choice labels, if any, number exactly {@code nvec[i]}.
 */
public record MultiDiscrete(long[] nvec, long[] start, List<Component> components) implements Space {
    public MultiDiscrete {
        nvec = nvec.clone();
        start = start.clone();
        if (nvec.length == 0) throw new IllegalArgumentException("MultiDiscrete needs at least one element");
        if (start.length != nvec.length) {
            throw new IllegalArgumentException("MultiDiscrete start has " + start.length + " elements, nvec " + nvec.length);
        }
        for (long n : nvec) {
            if (n < 1) throw new IllegalArgumentException("MultiDiscrete needs every nvec >= 1, got " + Arrays.toString(nvec));
        }
        components = Components.check(components, nvec.length, "MultiDiscrete" + Arrays.toString(nvec));
        for (int i = 0; i < components.size(); i++) {
            List<String> choices = components.get(i).choices();
            if (!choices.isEmpty() && choices.size() != nvec[i]) {
                throw new IllegalArgumentException("MultiDiscrete entry " + i + " (" + components.get(i).name() + ") has "
                        + nvec[i] + " values but " + choices.size() + " choice labels " + choices);
            }
        }
    }

    /** Unnamed entries. */
    public MultiDiscrete(long[] nvec, long[] start) {
        this(nvec, start, List.of());
    }

    /** The same space with its entries named (one component per entry, in order). */
    public MultiDiscrete named(List<Component> names) {
        return new MultiDiscrete(nvec, start, names);
    }

    /** Choices starting at 0. */
    public static MultiDiscrete of(long... nvec) {
        return new MultiDiscrete(nvec, new long[nvec.length]);
    }

    /** Copies, so the record stays immutable. */
    @Override
    public long[] nvec() {
        return nvec.clone();
    }

    @Override
    public long[] start() {
        return start.clone();
    }

    @Override
    public Optional<Violation> violation(Value value, String path) {
        int[] shape = {nvec.length};
        String allowed = "an int64 vector of " + nvec.length + " elements, element i from start[i] to start[i] + nvec[i] - 1";
        Optional<Violation> bad = SpaceChecks.tensorShapeAndType(value, path, DType.INT64, shape, allowed);
        if (bad.isPresent()) return bad;
        Tensor t = (Tensor) value;
        for (int i = 0; i < nvec.length; i++) {
            long v = t.longAt(i);
            if (v < start[i] || v - start[i] >= nvec[i]) {
                return Optional.of(new Violation(path + "[" + i + "]", "value " + v + " is outside " + describe() + "; allowed: "
                        + start[i] + " to " + (start[i] + nvec[i] - 1) + entryText(i)));
            }
        }
        return Optional.empty();
    }

    /** " (entry NAME: start LABEL, ...)" for a named entry, so an error says what the entry is; "" otherwise. */
    private String entryText(int i) {
        if (components.isEmpty()) return "";
        Component c = components.get(i);
        StringBuilder b = new StringBuilder(" (entry ").append(c.name());
        for (int k = 0; k < c.choices().size(); k++) b.append(k == 0 ? ": " : ", ").append(start[i] + k).append(' ').append(c.choices().get(k));
        return b.append(')').toString();
    }

    @Override
    public Tensor sample(UniformRandomProvider rng) {
        long[] v = new long[nvec.length];
        for (int i = 0; i < v.length; i++) v[i] = start[i] + rng.nextLong(nvec[i]);
        return Tensor.ofLongs(v);
    }

    @Override
    public String describe() {
        boolean zero = Arrays.stream(start).allMatch(s -> s == 0);
        return "MultiDiscrete(" + Arrays.toString(nvec) + (zero ? "" : ", start=" + Arrays.toString(start)) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiDiscrete m && Arrays.equals(m.nvec, nvec) && Arrays.equals(m.start, start)
                && m.components.equals(components);
    }

    @Override
    public int hashCode() {
        return (31 * Arrays.hashCode(nvec) + Arrays.hashCode(start)) * 31 + components.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
