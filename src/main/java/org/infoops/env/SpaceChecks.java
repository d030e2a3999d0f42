package org.infoops.env;

import java.util.Arrays;
import java.util.Optional;

/** The checks all tensor spaces share: is it a tensor, of the right dtype, of the right shape. */
final class SpaceChecks {
    private SpaceChecks() {}

    /** Why {@code value} is not a tensor of this dtype and shape; empty if it is. */
    static Optional<Violation> tensorShapeAndType(Value value, String path, DType dtype, int[] shape, String allowed) {
        if (!(value instanceof Tensor t)) {
            return Optional.of(new Violation(path, value.brief() + " is not allowed; allowed: " + allowed));
        }
        if (t.dtype() != dtype) {
            return Optional.of(new Violation(path, "dtype " + t.dtype() + " is not allowed; allowed: dtype " + dtype + " (" + allowed + ")"));
        }
        if (!t.hasShape(shape)) {
            return Optional.of(new Violation(path, "shape " + Arrays.toString(t.shape()) + " is not allowed; allowed: shape "
                    + Arrays.toString(shape) + " (" + allowed + ")"));
        }
        return Optional.empty();
    }

    /** "path[i, j]" for the element at flat index {@code flat} of a tensor of {@code shape}; "" for scalars. */
    static String index(int[] shape, int flat) {
        if (shape.length == 0) return "";
        int[] idx = new int[shape.length];
        int rest = flat;
        for (int d = shape.length - 1; d >= 0; d--) {
            int extent = Math.max(shape[d], 1);
            idx[d] = rest % extent;
            rest /= extent;
        }
        StringBuilder b = new StringBuilder("[");
        for (int d = 0; d < idx.length; d++) {
            if (d > 0) b.append(", ");
            b.append(idx[d]);
        }
        return b.append(']').toString();
    }

    static String formatBound(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    static int[] checkShape(int[] shape, String what) {
        for (int extent : shape) {
            if (extent < 0) throw new IllegalArgumentException(what + " has a negative extent: " + Arrays.toString(shape));
        }
        if (Tensor.elementCount(shape) < 0) throw new IllegalArgumentException(what + " is too large: " + Arrays.toString(shape));
        return shape.clone();
    }
}
