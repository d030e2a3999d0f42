package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Binary flags: an int8 tensor of the given shape with elements 0 or 1. Gymnasium's {@code MultiBinary(shape)}.
 * {@code components} name the flags in row-major order (none, or one each; no choice labels).
 */
public record MultiBinary(int[] shape, List<Component> components) implements Space {
    public MultiBinary {
        shape = SpaceChecks.checkShape(shape, "MultiBinary shape");
        if (shape.length == 0) throw new IllegalArgumentException("MultiBinary needs at least one dimension");
        components = Components.check(components, Tensor.elementCount(shape), "MultiBinary" + Arrays.toString(shape));
        Components.noChoices(components, "MultiBinary");
    }

    /** Unnamed flags. */
    public MultiBinary(int[] shape) {
        this(shape, List.of());
    }

    /** The same space with its flags named (one component per flag, row-major). */
    public MultiBinary named(List<Component> names) {
        return new MultiBinary(shape, names);
    }

    public static MultiBinary of(int n) {
        return new MultiBinary(new int[] {n});
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public Optional<Violation> violation(Value value, String path) {
        String allowed = "an int8 tensor of shape " + Arrays.toString(shape) + " with elements 0 or 1";
        Optional<Violation> bad = SpaceChecks.tensorShapeAndType(value, path, DType.INT8, shape, allowed);
        if (bad.isPresent()) return bad;
        Tensor t = (Tensor) value;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            long v = t.longAt(i);
            if (v != 0 && v != 1) {
                return Optional.of(new Violation(path + SpaceChecks.index(shape, i), "value " + v + " is not allowed; allowed: 0 or 1 (" + describe() + ")"));
            }
        }
        return Optional.empty();
    }

    @Override
    public Tensor sample(UniformRandomProvider rng) {
        byte[] b = new byte[(int) Tensor.elementCount(shape)];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (rng.nextBoolean() ? 1 : 0);
        return Tensor.int8(shape, b);
    }

    @Override
    public String describe() {
        return "MultiBinary(" + (shape.length == 1 ? Integer.toString(shape[0]) : Arrays.toString(shape)) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiBinary m && Arrays.equals(m.shape, shape) && m.components.equals(components);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + components.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
