"""Translation between the wire (proto/infoops/v1) and numpy values / gymnasium spaces.

Spaces are built only from what the server sends. Actions are converted to the dtype their space
declares when that loses nothing (a Python int for a Discrete, a float64 array for a float32 Box);
anything else is sent as it is, and the server answers INVALID_ARGUMENT naming field, value and
what is allowed.
"""
from __future__ import annotations

from typing import Any, Mapping

import numpy as np
from google.protobuf import json_format, struct_pb2
from gymnasium import spaces

from ._proto.infoops.v1 import spaces_pb2, tensor_pb2

_NUMPY = {
    tensor_pb2.DTYPE_FLOAT32: np.dtype(np.float32),
    tensor_pb2.DTYPE_FLOAT64: np.dtype(np.float64),
    tensor_pb2.DTYPE_INT8: np.dtype(np.int8),
    tensor_pb2.DTYPE_INT32: np.dtype(np.int32),
    tensor_pb2.DTYPE_INT64: np.dtype(np.int64),
    tensor_pb2.DTYPE_UINT8: np.dtype(np.uint8),
    tensor_pb2.DTYPE_BOOL: np.dtype(np.bool_),
}


# ---------------------------------------------------------------- tensors


def tensor_to_numpy(t: tensor_pb2.Tensor) -> np.ndarray:
    shape = tuple(t.shape)
    case = t.WhichOneof("data")
    if case == "float32_values":
        arr = np.array(t.float32_values.values, dtype=np.float32)
    elif case == "float64_values":
        arr = np.array(t.float64_values.values, dtype=np.float64)
    elif case == "int32_values":
        arr = np.array(t.int32_values.values, dtype=np.int32)
    elif case == "int64_values":
        arr = np.array(t.int64_values.values, dtype=np.int64)
    elif case == "int8_values":
        arr = np.frombuffer(t.int8_values, dtype=np.int8).copy()
    elif case == "uint8_values":
        arr = np.frombuffer(t.uint8_values, dtype=np.uint8).copy()
    elif case == "bool_values":
        arr = np.frombuffer(t.bool_values, dtype=np.uint8).astype(np.bool_)
    else:
        raise ValueError("tensor without data")
    return arr.reshape(shape)


def numpy_to_tensor(arr: np.ndarray, out: tensor_pb2.Tensor | None = None) -> tensor_pb2.Tensor:
    t = out if out is not None else tensor_pb2.Tensor()
    arr = np.asarray(arr)
    t.shape.extend(arr.shape)
    flat = arr.ravel()
    kind = arr.dtype
    if kind == np.float32:
        t.float32_values.values.extend(flat.tolist())
    elif kind == np.float64:
        t.float64_values.values.extend(flat.tolist())
    elif kind == np.int32:
        t.int32_values.values.extend(flat.tolist())
    elif kind == np.int64:
        t.int64_values.values.extend(flat.tolist())
    elif kind == np.int8:
        t.int8_values = flat.tobytes()
    elif kind == np.uint8:
        t.uint8_values = flat.tobytes()
    elif kind == np.bool_:
        t.bool_values = flat.astype(np.uint8).tobytes()
    elif kind.kind in "iu":
        # Other integer widths travel as int64 (the server then names the dtype it expected).
        t.int64_values.values.extend(flat.astype(np.int64).tolist())
    elif kind.kind == "f":
        t.float64_values.values.extend(flat.astype(np.float64).tolist())
    else:
        raise TypeError(f"cannot send a value of dtype {kind}: only numbers and booleans")
    return t


# ---------------------------------------------------------------- spaces


def space_from_proto(space: spaces_pb2.Space) -> spaces.Space:
    kind = space.WhichOneof("kind")
    if kind == "discrete":
        return spaces.Discrete(int(space.discrete.n), start=int(space.discrete.start))
    if kind == "multi_discrete":
        nvec = np.array(space.multi_discrete.nvec, dtype=np.int64)
        start = np.array(space.multi_discrete.start, dtype=np.int64) if len(space.multi_discrete.start) else None
        return spaces.MultiDiscrete(nvec, start=start)
    if kind == "multi_binary":
        shape = [int(s) for s in space.multi_binary.shape]
        return spaces.MultiBinary(shape[0] if len(shape) == 1 else shape)
    if kind == "box":
        dtype = _NUMPY[space.box.dtype]
        shape = tuple(int(s) for s in space.box.shape)
        low = tensor_to_numpy(space.box.low).astype(dtype).reshape(shape)
        high = tensor_to_numpy(space.box.high).astype(dtype).reshape(shape)
        return spaces.Box(low=low, high=high, shape=shape, dtype=dtype)
    if kind == "dict":
        return spaces.Dict({e.key: space_from_proto(e.space) for e in space.dict.entries})
    raise ValueError(f"unknown space kind {kind!r}")


# ---------------------------------------------------------------- values


def value_from_proto(value: tensor_pb2.Value, space: spaces.Space | None = None) -> Any:
    """An observation (shaped by its space: Discrete values come back as numpy int64 scalars)."""
    kind = value.WhichOneof("kind")
    if kind == "tensor":
        arr = tensor_to_numpy(value.tensor)
        if isinstance(space, spaces.Discrete) and arr.shape == ():
            return arr[()]
        return arr
    if kind == "dict":
        members = space.spaces if isinstance(space, spaces.Dict) else {}
        return {k: value_from_proto(v, members.get(k)) for k, v in _ordered(value.dict.entries, members)}
    if kind == "text":
        return value.text
    raise ValueError("value without kind")


def _ordered(entries, members):
    keys = [k for k in members if k in entries] + sorted(k for k in entries if k not in members)
    return ((k, entries[k]) for k in keys)


def info_from_proto(info: tensor_pb2.DictValue) -> dict:
    """An info map: scalars become Python numbers/bools, arrays stay numpy, text stays str."""
    return {key: _info_value(v) for key, v in sorted(info.entries.items())}


def _info_value(value: tensor_pb2.Value) -> Any:
    kind = value.WhichOneof("kind")
    if kind == "tensor":
        arr = tensor_to_numpy(value.tensor)
        return arr.item() if arr.shape == () else arr
    if kind == "dict":
        return info_from_proto(value.dict)
    return value.text


def _coerce(x: Any, dtype: np.dtype) -> np.ndarray:
    """``x`` as ``dtype`` when that changes no value; otherwise unchanged, for the server to judge."""
    arr = np.asarray(x)
    if arr.dtype == dtype:
        return arr
    same_kind = np.can_cast(arr.dtype, dtype, casting="same_kind")
    int_to_number = arr.dtype.kind in "biu" and dtype.kind in "biuf"
    if not (same_kind or int_to_number):
        return arr
    cast = arr.astype(dtype)
    if arr.dtype.kind in "biu" and dtype.kind in "biu" and not np.array_equal(cast, arr):
        return arr  # would overflow: let the server name the problem
    return cast


def value_to_proto(x: Any, space: spaces.Space | None, out: tensor_pb2.Value | None = None) -> tensor_pb2.Value:
    """An action for ``space`` on the wire."""
    v = out if out is not None else tensor_pb2.Value()
    if isinstance(space, spaces.Dict) or isinstance(x, Mapping):
        if not isinstance(x, Mapping):
            raise TypeError(f"a Dict space takes a dict, got {type(x).__name__}")
        members = space.spaces if isinstance(space, spaces.Dict) else {}
        entries = v.dict.entries
        for key, item in x.items():
            value_to_proto(item, members.get(key), entries[key])
        if not x:
            v.dict.SetInParent()
        return v
    if isinstance(space, (spaces.Discrete, spaces.MultiDiscrete)):
        arr = _coerce(x, np.dtype(np.int64))
    elif isinstance(space, spaces.MultiBinary):
        arr = _coerce(x, np.dtype(np.int8))
    elif isinstance(space, spaces.Box):
        arr = _coerce(x, space.dtype)
    else:
        arr = np.asarray(x)
    numpy_to_tensor(arr, v.tensor)
    return v


# ---------------------------------------------------------------- options


def struct_from_dict(options: Mapping[str, Any] | None) -> struct_pb2.Struct:
    s = struct_pb2.Struct()
    if options:
        json_format.ParseDict(_plain(options), s)
    return s


def _plain(x: Any) -> Any:
    """numpy numbers and arrays as plain Python values, which a Struct can hold."""
    if isinstance(x, Mapping):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_plain(v) for v in x]
    if isinstance(x, np.ndarray):
        return x.tolist()
    if isinstance(x, np.generic):
        return x.item()
    return x


def dict_from_struct(s: struct_pb2.Struct) -> dict:
    out = json_format.MessageToDict(s)
    return {k: _integral(v) for k, v in out.items()}


def _integral(v: Any) -> Any:
    """JSON has one number type: whole floats come back as ints, as they were given."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    if isinstance(v, dict):
        return {k: _integral(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_integral(x) for x in v]
    return v
