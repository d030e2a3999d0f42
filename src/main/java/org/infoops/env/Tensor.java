package org.infoops.env;

import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array of one {@link DType}, stored as a primitive array in row-major order.
 *
 * <p>Factories take ownership of the array they are given (no copy: observations are built every
 * step) and accessors hand out the backing array; callers must treat both as read-only. int8 and
 * uint8 elements are both stored as bytes (uint8 read as {@code b & 0xFF}).
 */
public final class Tensor implements Value {
    private static final int[] SCALAR = new int[0];

    private final DType dtype;
    private final int[] shape;
    private final Object data;

    private Tensor(DType dtype, int[] shape, Object data, int length) {
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data;
        long expected = elementCount(this.shape);
        if (expected != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + expected
                    + " elements but " + length + " were given");
        }
    }

    /** The number of elements of a shape; -1 if an extent is negative or the product overflows an int. */
    public static long elementCount(int[] shape) {
        long n = 1;
        for (int extent : shape) {
            if (extent < 0) return -1;
            n *= extent;
            if (n > Integer.MAX_VALUE) return -1;
        }
        return n;
    }

    public static Tensor float32(int[] shape, float[] data) {
        return new Tensor(DType.FLOAT32, shape, Objects.requireNonNull(data), data.length);
    }

    public static Tensor float64(int[] shape, double[] data) {
        return new Tensor(DType.FLOAT64, shape, Objects.requireNonNull(data), data.length);
    }

    public static Tensor int8(int[] shape, byte[] data) {
        return new Tensor(DType.INT8, shape, Objects.requireNonNull(data), data.length);
    }

    public static Tensor int32(int[] shape, int[] data) {
        return new Tensor(DType.INT32, shape, Objects.requireNonNull(data), data.length);
    }

    public static Tensor int64(int[] shape, long[] data) {
        return new Tensor(DType.INT64, shape, Objects.requireNonNull(data), data.length);
    }

    public static Tensor uint8(int[] shape, byte[] data) {
        return new Tensor(DType.UINT8, shape, Objects.requireNonNull(data), data.length);
    }

    public static Tensor bool(int[] shape, boolean[] data) {
        return new Tensor(DType.BOOL, shape, Objects.requireNonNull(data), data.length);
    }

    /** A 1-D float32 tensor. */
    public static Tensor ofFloats(float... data) {
        return float32(new int[] {data.length}, data);
    }

    /** A 1-D float64 tensor. */
    public static Tensor ofDoubles(double... data) {
        return float64(new int[] {data.length}, data);
    }

    /** A 1-D int64 tensor, e.g. a MultiDiscrete value. */
    public static Tensor ofLongs(long... data) {
        return int64(new int[] {data.length}, data);
    }

    /** An int64 scalar, e.g. a Discrete value. */
    public static Tensor scalar(long value) {
        return int64(SCALAR, new long[] {value});
    }

    /** A float64 scalar. */
    public static Tensor scalar(double value) {
        return float64(SCALAR, new double[] {value});
    }

    /** A bool scalar. */
    public static Tensor scalar(boolean value) {
        return bool(SCALAR, new boolean[] {value});
    }

    /** A tensor of the given dtype whose elements are {@code values} converted (exactly, for integral values). */
    public static Tensor fromDoubles(DType dtype, int[] shape, double[] values) {
        int n = values.length;
        return switch (dtype) {
            case FLOAT32 -> {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) a[i] = (float) values[i];
                yield float32(shape, a);
            }
            case FLOAT64 -> float64(shape, values.clone());
            case INT8, UINT8 -> {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) (long) values[i];
                yield dtype == DType.INT8 ? int8(shape, a) : uint8(shape, a);
            }
            case INT32 -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = (int) values[i];
                yield int32(shape, a);
            }
            case INT64 -> {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = (long) values[i];
                yield int64(shape, a);
            }
            case BOOL -> {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) a[i] = values[i] != 0;
                yield bool(shape, a);
            }
        };
    }

    public DType dtype() {
        return dtype;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return switch (dtype) {
            case FLOAT32 -> ((float[]) data).length;
            case FLOAT64 -> ((double[]) data).length;
            case INT8, UINT8 -> ((byte[]) data).length;
            case INT32 -> ((int[]) data).length;
            case INT64 -> ((long[]) data).length;
            case BOOL -> ((boolean[]) data).length;
        };
    }

    public boolean hasShape(int[] expected) {
        return Arrays.equals(shape, expected);
    }

    /** Element {@code i} (row-major) as a double: exact for all dtypes but int64 beyond 2^53. */
    public double doubleAt(int i) {
        return switch (dtype) {
            case FLOAT32 -> ((float[]) data)[i];
            case FLOAT64 -> ((double[]) data)[i];
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case INT32 -> ((int[]) data)[i];
            case INT64 -> ((long[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
        };
    }

    /** Element {@code i} (row-major) of an integer or bool tensor, exactly. */
    public long longAt(int i) {
        return switch (dtype) {
            case INT8 -> ((byte[]) data)[i];
            case UINT8 -> ((byte[]) data)[i] & 0xFF;
            case INT32 -> ((int[]) data)[i];
            case INT64 -> ((long[]) data)[i];
            case BOOL -> ((boolean[]) data)[i] ? 1 : 0;
            case FLOAT32, FLOAT64 -> throw new IllegalStateException("longAt on a " + dtype + " tensor");
        };
    }

    /** The single element of a one-element tensor as a long (a Discrete value). */
    public long longValue() {
        requireSingle();
        return longAt(0);
    }

    /** The single element of a one-element tensor as a double. */
    public double doubleValue() {
        requireSingle();
        return doubleAt(0);
    }

    private void requireSingle() {
        if (size() != 1) throw new IllegalStateException("tensor of shape " + Arrays.toString(shape) + " is not a single value");
    }

    public float[] float32Data() {
        return (float[]) typed(DType.FLOAT32);
    }

    public double[] float64Data() {
        return (double[]) typed(DType.FLOAT64);
    }

    /** The bytes of an int8 or uint8 tensor. */
    public byte[] byteData() {
        if (dtype != DType.INT8 && dtype != DType.UINT8) throw wrongType("int8 or uint8");
        return (byte[]) data;
    }

    public int[] int32Data() {
        return (int[]) typed(DType.INT32);
    }

    public long[] int64Data() {
        return (long[]) typed(DType.INT64);
    }

    public boolean[] boolData() {
        return (boolean[]) typed(DType.BOOL);
    }

    private Object typed(DType expected) {
        if (dtype != expected) throw wrongType(expected.numpyName());
        return data;
    }

    private IllegalStateException wrongType(String expected) {
        return new IllegalStateException("tensor is " + dtype + ", not " + expected);
    }

    /** The elements as doubles (a copy), for code that does not care about the dtype. */
    public double[] toDoubles() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) out[i] = doubleAt(i);
        return out;
    }

    @Override
    public String brief() {
        StringBuilder b = new StringBuilder();
        b.append(dtype).append(Arrays.toString(shape)).append(' ');
        if (rank() == 0) {
            return b.append(element(0)).toString();
        }
        b.append('[');
        int n = size();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(", ");
            if (b.length() > 80) {
                b.append("... (").append(n).append(" elements)");
                break;
            }
            b.append(element(i));
        }
        return b.append(']').toString();
    }

    /** Element {@code i} formatted as numpy prints it. */
    public String element(int i) {
        return switch (dtype) {
            case FLOAT32 -> Float.toString(((float[]) data)[i]);
            case FLOAT64 -> Double.toString(((double[]) data)[i]);
            case BOOL -> ((boolean[]) data)[i] ? "True" : "False";
            default -> Long.toString(longAt(i));
        };
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Tensor t) || t.dtype != dtype || !Arrays.equals(t.shape, shape)) return false;
        return switch (dtype) {
            case FLOAT32 -> Arrays.equals((float[]) data, (float[]) t.data);
            case FLOAT64 -> Arrays.equals((double[]) data, (double[]) t.data);
            case INT8, UINT8 -> Arrays.equals((byte[]) data, (byte[]) t.data);
            case INT32 -> Arrays.equals((int[]) data, (int[]) t.data);
            case INT64 -> Arrays.equals((long[]) data, (long[]) t.data);
            case BOOL -> Arrays.equals((boolean[]) data, (boolean[]) t.data);
        };
    }

    @Override
    public int hashCode() {
        int h = 31 * dtype.hashCode() + Arrays.hashCode(shape);
        return 31 * h + switch (dtype) {
            case FLOAT32 -> Arrays.hashCode((float[]) data);
            case FLOAT64 -> Arrays.hashCode((double[]) data);
            case INT8, UINT8 -> Arrays.hashCode((byte[]) data);
            case INT32 -> Arrays.hashCode((int[]) data);
            case INT64 -> Arrays.hashCode((long[]) data);
            case BOOL -> Arrays.hashCode((boolean[]) data);
        };
    }

    @Override
    public String toString() {
        return brief();
    }
}
