package org.infoops.env;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A box in R^n or Z^n: a tensor of {@code shape} and {@code dtype} with {@code low <= x <= high}
 * element-wise; float elements must not be NaN. Gymnasium's {@code Box(low, high, shape, dtype)}.
 *
 * <p>Bounds are held per element as doubles. float32 bounds are rounded to float32 when the box is
 * made, so a check here agrees with numpy's check of the same float32 value on the client. Integer
 * boxes need finite, integral bounds inside the dtype's range. {@code components} name the elements in row-major
 * order (none, or one each; no choice labels).
 */
public record Box(int[] shape, DType dtype, double[] low, double[] high, List<Component> components) implements Space {
    public Box {
        shape = SpaceChecks.checkShape(shape, "Box shape");
        if (dtype == DType.BOOL) throw new IllegalArgumentException("Box dtype bool is not supported; use MultiBinary");
        int n = (int) Tensor.elementCount(shape);
        if (low.length != n || high.length != n) {
            throw new IllegalArgumentException("Box of shape " + Arrays.toString(shape) + " needs " + n
                    + " bounds, got low " + low.length + " and high " + high.length);
        }
        low = normalise(low, dtype, "low");
        high = normalise(high, dtype, "high");
        for (int i = 0; i < n; i++) {
            if (!(low[i] <= high[i])) {
                throw new IllegalArgumentException("Box low" + SpaceChecks.index(shape, i) + " = " + low[i]
                        + " is above high = " + high[i]);
            }
        }
        components = Components.check(components, n, "Box" + Arrays.toString(shape));
        Components.noChoices(components, "Box");
    }

    /** Unnamed elements. */
    public Box(int[] shape, DType dtype, double[] low, double[] high) {
        this(shape, dtype, low, high, List.of());
    }

    /** The same box with its elements named (one component per element, row-major). */
    public Box named(List<Component> names) {
        return new Box(shape, dtype, low, high, names);
    }

    private static double[] normalise(double[] bounds, DType dtype, String name) {
        double[] out = bounds.clone();
        for (int i = 0; i < out.length; i++) {
            double b = out[i];
            if (Double.isNaN(b)) throw new IllegalArgumentException("Box " + name + " bound is NaN");
            if (dtype == DType.FLOAT32) {
                out[i] = (float) b;
            } else if (!dtype.isFloating()) {
                if (Double.isInfinite(b) || b != Math.rint(b) || b < dtype.min() || b > dtype.max()) {
                    throw new IllegalArgumentException("Box " + name + " bound " + b + " is not a finite " + dtype + " value");
                }
            }
        }
        return out;
    }

    /** A box with the same bounds for every element. */
    public static Box of(DType dtype, double low, double high, int... shape) {
        int n = (int) Tensor.elementCount(SpaceChecks.checkShape(shape, "Box shape"));
        double[] lo = new double[n];
        double[] hi = new double[n];
        Arrays.fill(lo, low);
        Arrays.fill(hi, high);
        return new Box(shape, dtype, lo, hi);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    /** Element {@code i}'s lower bound, without copying. */
    public double lowAt(int i) {
        return low[i];
    }

    /** Element {@code i}'s upper bound, without copying. */
    public double highAt(int i) {
        return high[i];
    }

    @Override
    public Optional<Violation> violation(Value value, String path) {
        String allowed = "a " + dtype + " tensor of shape " + Arrays.toString(shape) + " within " + boundsText();
        Optional<Violation> bad = SpaceChecks.tensorShapeAndType(value, path, dtype, shape, allowed);
        if (bad.isPresent()) return bad;
        Tensor t = (Tensor) value;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            double v = t.doubleAt(i);
            String where = path + SpaceChecks.index(shape, i);
            if (Double.isNaN(v)) {
                return Optional.of(new Violation(where, "NaN is not allowed; allowed: a number from "
                        + SpaceChecks.formatBound(low[i]) + " to " + SpaceChecks.formatBound(high[i]) + " (" + describe() + ")"));
            }
            if (v < low[i] || v > high[i]) {
                return Optional.of(new Violation(where, "value " + t.element(i) + " is outside " + describe() + "; allowed: "
                        + SpaceChecks.formatBound(low[i]) + " to " + SpaceChecks.formatBound(high[i])));
            }
        }
        return Optional.empty();
    }

    @Override
    public Tensor sample(UniformRandomProvider rng) {
        int n = low.length;
        double[] v = new double[n];
        ZigguratSampler.Exponential exponential = null;
        ZigguratSampler.NormalizedGaussian normal = null;
        for (int i = 0; i < n; i++) {
            double lo = low[i];
            double hi = high[i];
            boolean boundedBelow = !Double.isInfinite(lo);
            boolean boundedAbove = !Double.isInfinite(hi);
            double x;
            if (!dtype.isFloating()) {
                x = lo + rng.nextLong((long) (hi - lo) + 1);
            } else if (boundedBelow && boundedAbove) {
                x = lo + (hi - lo) * rng.nextDouble();
            } else if (boundedBelow) {
                if (exponential == null) exponential = ZigguratSampler.Exponential.of(rng);
                x = lo + exponential.sample();
            } else if (boundedAbove) {
                if (exponential == null) exponential = ZigguratSampler.Exponential.of(rng);
                x = hi - exponential.sample();
            } else {
                if (normal == null) normal = ZigguratSampler.NormalizedGaussian.of(rng);
                x = normal.sample();
            }
            if (dtype == DType.FLOAT32) x = (float) x;
            v[i] = Math.min(Math.max(x, lo), hi);
        }
        return Tensor.fromDoubles(dtype, shape, v);
    }

    private boolean uniformBounds() {
        for (int i = 1; i < low.length; i++) {
            if (low[i] != low[0] || high[i] != high[0]) return false;
        }
        return true;
    }

    private String boundsText() {
        if (low.length > 0 && uniformBounds()) {
            return "[" + SpaceChecks.formatBound(low[0]) + ", " + SpaceChecks.formatBound(high[0]) + "]";
        }
        return "per-element bounds low=" + Arrays.toString(low) + " high=" + Arrays.toString(high);
    }

    @Override
    public String describe() {
        String bounds = low.length > 0 && uniformBounds()
                ? "low=" + SpaceChecks.formatBound(low[0]) + ", high=" + SpaceChecks.formatBound(high[0])
                : "per-element bounds";
        return "Box(" + dtype + ", " + Arrays.toString(shape) + ", " + bounds + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box b && b.dtype == dtype && Arrays.equals(b.shape, shape)
                && Arrays.equals(b.low, low) && Arrays.equals(b.high, high) && b.components.equals(components);
    }

    @Override
    public int hashCode() {
        return (((Arrays.hashCode(shape) * 31 + dtype.hashCode()) * 31 + Arrays.hashCode(low)) * 31 + Arrays.hashCode(high))
                * 31 + components.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
