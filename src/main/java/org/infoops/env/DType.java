package org.infoops.env;

/** Element type of a {@link Tensor} and of a {@link Box} space; names and meanings are numpy's. */
public enum DType {
    FLOAT32("float32", true, -Double.MAX_VALUE, Double.MAX_VALUE),
    FLOAT64("float64", true, -Double.MAX_VALUE, Double.MAX_VALUE),
    INT8("int8", false, Byte.MIN_VALUE, Byte.MAX_VALUE),
    INT32("int32", false, Integer.MIN_VALUE, Integer.MAX_VALUE),
    INT64("int64", false, Long.MIN_VALUE, Long.MAX_VALUE),
    UINT8("uint8", false, 0, 255),
    BOOL("bool", false, 0, 1);

    private final String numpyName;
    private final boolean floating;
    private final double min;
    private final double max;

    DType(String numpyName, boolean floating, double min, double max) {
        this.numpyName = numpyName;
        this.floating = floating;
        this.min = min;
        this.max = max;
    }

    /** The numpy name, e.g. {@code "float32"}; used in every message a user sees. */
    public String numpyName() {
        return numpyName;
    }

    public boolean isFloating() {
        return floating;
    }

    /** Smallest representable value (as a double; exact for all but the extremes of int64). */
    public double min() {
        return min;
    }

    /** Largest representable value (as a double; exact for all but the extremes of int64). */
    public double max() {
        return max;
    }

    @Override
    public String toString() {
        return numpyName;
    }
}
