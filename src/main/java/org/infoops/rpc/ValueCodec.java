package org.infoops.rpc;

import com.google.protobuf.ByteString;
import org.infoops.env.DType;
import org.infoops.env.DictValue;
import org.infoops.env.Info;
import org.infoops.env.InvalidValueException;
import org.infoops.env.Tensor;
import org.infoops.env.Text;
import org.infoops.env.Value;
import org.infoops.rpc.proto.v1.TensorProto;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates values between the {@code env} types and the wire (tensor.proto). Decoding checks what
 * a client could get wrong (missing data, a shape that does not match the element count) and names
 * the field in its message; whether the value fits a space is the environment's check.
 */
public final class ValueCodec {
    private ValueCodec() {}

    public static TensorProto.Value encode(Value value) {
        TensorProto.Value.Builder b = TensorProto.Value.newBuilder();
        if (value instanceof Tensor t) {
            b.setTensor(encodeTensor(t));
        } else if (value instanceof DictValue d) {
            b.setDict(encodeDict(d.entries()));
        } else {
            b.setText(((Text) value).text());
        }
        return b.build();
    }

    static TensorProto.DictValue encodeDict(Map<String, Value> entries) {
        TensorProto.DictValue.Builder b = TensorProto.DictValue.newBuilder();
        for (Map.Entry<String, Value> e : entries.entrySet()) b.putEntries(e.getKey(), encode(e.getValue()));
        return b.build();
    }

    static TensorProto.DictValue encodeInfo(Info info) {
        return info.isEmpty() ? TensorProto.DictValue.getDefaultInstance() : encodeDict(info.entries());
    }

    static TensorProto.Tensor encodeTensor(Tensor t) {
        TensorProto.Tensor.Builder b = TensorProto.Tensor.newBuilder();
        for (int extent : t.shape()) b.addShape(extent);
        int n = t.size();
        switch (t.dtype()) {
            case FLOAT32 -> {
                TensorProto.Float32Array.Builder a = TensorProto.Float32Array.newBuilder();
                for (float v : t.float32Data()) a.addValues(v);
                b.setFloat32Values(a);
            }
            case FLOAT64 -> {
                TensorProto.Float64Array.Builder a = TensorProto.Float64Array.newBuilder();
                for (double v : t.float64Data()) a.addValues(v);
                b.setFloat64Values(a);
            }
            case INT32 -> {
                TensorProto.Int32Array.Builder a = TensorProto.Int32Array.newBuilder();
                for (int v : t.int32Data()) a.addValues(v);
                b.setInt32Values(a);
            }
            case INT64 -> {
                TensorProto.Int64Array.Builder a = TensorProto.Int64Array.newBuilder();
                for (long v : t.int64Data()) a.addValues(v);
                b.setInt64Values(a);
            }
            case INT8 -> b.setInt8Values(ByteString.copyFrom(t.byteData()));
            case UINT8 -> b.setUint8Values(ByteString.copyFrom(t.byteData()));
            case BOOL -> {
                byte[] bytes = new byte[n];
                boolean[] data = t.boolData();
                for (int i = 0; i < n; i++) bytes[i] = (byte) (data[i] ? 1 : 0);
                b.setBoolValues(ByteString.copyFrom(bytes));
            }
        }
        return b.build();
    }

    /** A value sent by a client; {@code path} names it in messages (e.g. {@code actions["agent"]}). */
    static Value decode(TensorProto.Value proto, String path) {
        return switch (proto.getKindCase()) {
            case TENSOR -> decodeTensor(proto.getTensor(), path);
            case DICT -> decodeDict(proto.getDict(), path);
            case TEXT -> new Text(proto.getText());
            case KIND_NOT_SET -> throw new InvalidValueException(path, "no value set; allowed: a tensor or a dict");
        };
    }

    static DictValue decodeDict(TensorProto.DictValue proto, String path) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (Map.Entry<String, TensorProto.Value> e : proto.getEntriesMap().entrySet()) {
            entries.put(e.getKey(), decode(e.getValue(), path + "." + e.getKey()));
        }
        return new DictValue(entries);
    }

    static Info decodeInfo(TensorProto.DictValue proto, String path) {
        return proto.getEntriesCount() == 0 ? Info.EMPTY : new Info(decodeDict(proto, path).entries());
    }

    static Tensor decodeTensor(TensorProto.Tensor proto, String path) {
        int[] shape = new int[proto.getShapeCount()];
        long expected = 1;
        for (int i = 0; i < shape.length; i++) {
            long extent = proto.getShape(i);
            if (extent < 0 || extent > Integer.MAX_VALUE) {
                throw InvalidValueException.notAllowed(path + ".shape[" + i + "]", Long.toString(extent), "an extent from 0 to 2^31-1");
            }
            shape[i] = (int) extent;
            expected *= extent;
            if (expected > Integer.MAX_VALUE) {
                throw InvalidValueException.notAllowed(path + ".shape", proto.getShapeList().toString(), "fewer than 2^31 elements");
            }
        }
        int n = (int) expected;
        return switch (proto.getDataCase()) {
            case FLOAT32_VALUES -> {
                TensorProto.Float32Array a = proto.getFloat32Values();
                count(path, shape, n, a.getValuesCount(), DType.FLOAT32);
                float[] data = new float[n];
                for (int i = 0; i < n; i++) data[i] = a.getValues(i);
                yield Tensor.float32(shape, data);
            }
            case FLOAT64_VALUES -> {
                TensorProto.Float64Array a = proto.getFloat64Values();
                count(path, shape, n, a.getValuesCount(), DType.FLOAT64);
                double[] data = new double[n];
                for (int i = 0; i < n; i++) data[i] = a.getValues(i);
                yield Tensor.float64(shape, data);
            }
            case INT32_VALUES -> {
                TensorProto.Int32Array a = proto.getInt32Values();
                count(path, shape, n, a.getValuesCount(), DType.INT32);
                int[] data = new int[n];
                for (int i = 0; i < n; i++) data[i] = a.getValues(i);
                yield Tensor.int32(shape, data);
            }
            case INT64_VALUES -> {
                TensorProto.Int64Array a = proto.getInt64Values();
                count(path, shape, n, a.getValuesCount(), DType.INT64);
                long[] data = new long[n];
                for (int i = 0; i < n; i++) data[i] = a.getValues(i);
                yield Tensor.int64(shape, data);
            }
            case INT8_VALUES -> {
                count(path, shape, n, proto.getInt8Values().size(), DType.INT8);
                yield Tensor.int8(shape, proto.getInt8Values().toByteArray());
            }
            case UINT8_VALUES -> {
                count(path, shape, n, proto.getUint8Values().size(), DType.UINT8);
                yield Tensor.uint8(shape, proto.getUint8Values().toByteArray());
            }
            case BOOL_VALUES -> {
                ByteString bytes = proto.getBoolValues();
                count(path, shape, n, bytes.size(), DType.BOOL);
                boolean[] data = new boolean[n];
                for (int i = 0; i < n; i++) {
                    byte v = bytes.byteAt(i);
                    if (v != 0 && v != 1) {
                        throw InvalidValueException.notAllowed(path + ".bool_values[" + i + "]", Byte.toString(v), "0 or 1");
                    }
                    data[i] = v == 1;
                }
                yield Tensor.bool(shape, data);
            }
            case DATA_NOT_SET -> throw new InvalidValueException(path,
                    "tensor has no data field set; allowed: one of float32_values, float64_values, int8_values, "
                            + "int32_values, int64_values, uint8_values, bool_values");
        };
    }

    private static void count(String path, int[] shape, int expected, int actual, DType dtype) {
        if (expected != actual) {
            throw new InvalidValueException(path, "shape " + java.util.Arrays.toString(shape) + " needs " + expected
                    + " " + dtype + " elements but " + actual + " were sent; allowed: exactly product(shape) elements");
        }
    }
}
