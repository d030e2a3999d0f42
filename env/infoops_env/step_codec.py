"""The step path's encoders and decoders, built once per space from the session's spec.

The generic functions in :mod:`codec` find out what a value is on every call (``isinstance`` chains,
``np.array`` over a protobuf container, sorting); on a small environment that was most of a step's
client time. Here each observation leaf knows its wire field, dtype, shape and element count in
advance, so one step costs a few attribute reads and one copy per leaf:

* float32/float64 leaves are packed fixed-width little-endian on the wire (protobuf's encoding of a
  packed ``repeated float``/``double``), so the serialized tensor *is* a constant header followed by
  numpy's bytes; ``np.frombuffer`` reads them, and for a batch one byte copy fills the whole
  preallocated ``(num_envs, *shape)`` buffer;
* integer leaves (varints on the wire) are read from their container into one flat list per batch;
* info maps whose entries are numeric scalars become Gymnasium's batched info arrays in one
  ``np.array`` per key, instead of one ``_add_info`` call per sub-environment.

Anything that does not look exactly as the space says (another dtype, shape or element count, a
missing key, a nested info) is handed to the generic path, so results never differ from it.
"""
from __future__ import annotations

import math
import sys
from itertools import chain
from operator import attrgetter, itemgetter, methodcaller
from typing import Any, Callable, Sequence

import numpy as np
from gymnasium import spaces

from . import codec
from ._proto.infoops.v1 import tensor_pb2

_FIELD = {
    np.dtype(np.float32): "float32_values",
    np.dtype(np.float64): "float64_values",
    np.dtype(np.int8): "int8_values",
    np.dtype(np.int32): "int32_values",
    np.dtype(np.int64): "int64_values",
    np.dtype(np.uint8): "uint8_values",
    np.dtype(np.bool_): "bool_values",
}
# Packed fixed-width fields: their wire bytes are numpy's bytes on a little-endian machine.
_FIXED = {"float32_values", "float64_values"} if sys.byteorder == "little" else set()
_VARINT = {"int32_values", "int64_values"}
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
# The batch paths read one field of every sub-environment's message with map() over these, which runs in C.
_TENSOR = attrgetter("tensor")
_SHAPE = attrgetter("shape")
_ENTRIES = attrgetter("entries")
_DICT_ENTRIES = attrgetter("dict.entries")
_SERIALIZE = methodcaller("SerializeToString")
_VALUES = {f: attrgetter(f + ".values") for f in _FIELD.values()}
_FIRST = itemgetter(0)


class Mismatch(Exception):
    """A value that the compiled path does not take; the caller uses the generic path instead."""


def _wire_dtype(space: spaces.Space) -> np.dtype | None:
    if isinstance(space, (spaces.Discrete, spaces.MultiDiscrete)):
        return np.dtype(np.int64)
    if isinstance(space, spaces.MultiBinary):
        return np.dtype(np.int8)
    if isinstance(space, spaces.Box):
        return np.dtype(space.dtype)
    return None


class _Leaf:
    """One array-valued part of an observation: where it travels and what it must look like."""

    def __init__(self, space: spaces.Space):
        self.space = space
        self.dtype = _wire_dtype(space)
        self.shape = tuple(int(s) for s in space.shape)
        self.shape_list = list(self.shape)
        self.count = math.prod(self.shape)
        self.field = _FIELD.get(self.dtype)
        self.discrete = isinstance(space, spaces.Discrete)
        self.flat = len(self.shape) == 1
        self.fixed = self.field in _FIXED and self.count > 0
        self.varint = self.field in _VARINT
        self.scalar = self.shape == ()
        # One number in a numeric container (a Discrete, a scalar or one-element Box).
        self.small = self.count == 1 and self.field in _SCALAR_FIELDS
        if self.fixed:
            # The whole serialized Tensor of this shape: a constant header, then count * itemsize data bytes.
            template = codec.numpy_to_tensor(np.zeros(self.shape, dtype=self.dtype)).SerializeToString()
            self.size = len(template)
            self.header_len = self.size - self.count * self.dtype.itemsize
            self.header = template[: self.header_len]

    def one(self, value: tensor_pb2.Value) -> Any:
        """As ``codec.value_from_proto(value, space)``, a fresh writable array (a numpy scalar for Discrete).

        A container of another dtype's field is empty, so a non-empty container of this leaf's field also
        says that the tensor's data is that field (no WhichOneof needed)."""
        t = value.tensor
        if self.small:
            # One element: read it from its container (cheaper than serializing a tiny tensor).
            items = getattr(t, self.field).values
            if len(items) == 1 and (not t.shape if self.scalar else t.shape == self.shape_list):
                if self.discrete:
                    return self.dtype.type(items[0])
                arr = np.array(items[0], self.dtype)
                return arr if self.scalar else arr.reshape(self.shape)
        elif self.fixed:
            raw = t.SerializeToString()
            if len(raw) == self.size and raw.startswith(self.header):
                # A bytearray copy makes the array writable and its own, in one step.
                arr = np.frombuffer(bytearray(raw), self.dtype, self.count, self.header_len)
                return arr if self.flat else arr.reshape(self.shape)
        elif self.varint and self.count:
            items = getattr(t, self.field).values
            if len(items) == self.count and t.shape == self.shape_list:
                arr = np.fromiter(items, self.dtype, self.count)
                return arr if self.flat else arr.reshape(self.shape)
        return codec.value_from_proto(value, self.space)

    def into(self, values: Sequence[tensor_pb2.Value], out: np.ndarray) -> None:
        """Writes the batch ``values`` into ``out`` (shape ``(len(values), *shape)``); Mismatch if one is off.

        Fixed-width leaves are checked whole (header = shape and lengths, then the byte count); integer
        leaves by dtype and element count."""
        n = len(values)
        if self.fixed:
            parts = list(map(_SERIALIZE, map(_TENSOR, values)))
            joined = b"".join(parts)
            if len(joined) != n * self.size or set(map(len, parts)) != {self.size}:
                raise Mismatch
            rows = np.frombuffer(joined, np.uint8).reshape(n, self.size)
            if not (rows[:, : self.header_len] == np.frombuffer(self.header, np.uint8)).all():
                raise Mismatch
            out.reshape(n, -1).view(np.uint8)[...] = rows[:, self.header_len:]
            return
        if not self.varint or self.count == 0:
            raise Mismatch
        # Another dtype's tensor has an empty container of this field, so the count check also checks the dtype.
        containers = list(map(_VALUES[self.field], map(_TENSOR, values)))
        if set(map(len, containers)) != {self.count}:
            raise Mismatch
        out.reshape(-1)[...] = list(chain.from_iterable(containers))


class ObservationDecoder:
    """Decodes one agent's observations of ``space`` (a Dict of leaves, or one leaf)."""

    def __init__(self, space: spaces.Space):
        self.space = space
        if isinstance(space, spaces.Dict) and all(_wire_dtype(s) is not None for s in space.spaces.values()):
            self.leaves = {k: _Leaf(s) for k, s in space.spaces.items()}
            self.single = None
        elif _wire_dtype(space) is not None:
            self.leaves, self.single = None, _Leaf(space)
        else:
            self.leaves = self.single = None

    def one(self, value: tensor_pb2.Value) -> Any:
        """As ``codec.value_from_proto(value, space)``."""
        if self.single is not None:
            return self.single.one(value)
        if self.leaves is not None:
            entries = value.dict.entries  # empty unless the value is a dict
            if len(entries) == len(self.leaves):
                try:
                    return {k: leaf.one(entries[k]) for k, leaf in self.leaves.items()}
                except KeyError:
                    pass
        return codec.value_from_proto(value, self.space)

    def into(self, values: Sequence[tensor_pb2.Value], out: Any) -> None:
        """Writes a batch of observations into Gymnasium's batch buffer ``out``; Mismatch if one is off."""
        if self.single is not None:
            self.single.into(values, out)
            return
        if self.leaves is None:
            raise Mismatch
        entries = list(map(_DICT_ENTRIES, values))
        if set(map(len, entries)) != {len(self.leaves)}:
            raise Mismatch
        try:
            for key, leaf in self.leaves.items():
                leaf.into(list(map(itemgetter(key), entries)), out[key])
        except KeyError:
            raise Mismatch from None


def info_from_proto(info: tensor_pb2.DictValue) -> dict:
    """As ``codec.info_from_proto``, with numeric scalars read straight from their container (int64 tried
    first: a non-empty container of a field also says the tensor's data is that field)."""
    entries = info.entries
    out = {}
    for key in sorted(entries):
        value = entries[key]
        t = value.tensor
        items = t.int64_values.values
        if not items:
            field = t.WhichOneof("data")
            items = getattr(t, field).values if field in _SCALAR_FIELDS else ()
        if len(items) == 1 and not t.shape:
            out[key] = items[0]
        else:
            out[key] = codec._info_value(value)
    return out


# Numeric fields whose single element reads back as the Python number numpy's .item() gives.
_SCALAR_FIELDS = {"float32_values", "float64_values", "int32_values", "int64_values"}
_PYTHON_TYPE = {"float32_values": float, "float64_values": float, "int32_values": int, "int64_values": int}


def batch_infos(infos: Sequence[tensor_pb2.DictValue]) -> dict:
    """Gymnasium's batched info dict, as ``VectorEnv._add_info`` builds it over the sub-environments in order
    (keys in order of first appearance, each with its ``_key`` mask; absent entries 0), when every entry is a
    numeric scalar and a key has the same dtype everywhere; Mismatch otherwise."""
    n = len(infos)
    entries = list(map(_ENTRIES, infos))
    key_sets = list(map(tuple, map(sorted, entries)))
    uniform = key_sets.count(key_sets[0]) == n
    order = dict.fromkeys(chain.from_iterable(dict.fromkeys(key_sets)))  # first appearance, as _add_info
    out = {}
    for key in order:
        if key == "final_obs" or key.startswith("_"):
            raise Mismatch  # Gymnasium treats these specially, or they could collide with a mask
        rows = None if uniform else [i for i, keys in enumerate(key_sets) if key in keys]
        holders = entries if rows is None else [entries[i] for i in rows]
        tensors = list(map(_TENSOR, map(itemgetter(key), holders)))
        field = tensors[0].WhichOneof("data")
        if field not in _SCALAR_FIELDS:
            raise Mismatch
        # Another dtype's tensor has an empty container of this field, so this also checks the dtype.
        containers = list(map(_VALUES[field], tensors))
        if set(map(len, containers)) != {1} or any(map(len, map(_SHAPE, tensors))):
            raise Mismatch
        column = list(map(_FIRST, containers))
        dtype = _PYTHON_TYPE[field]
        if rows is None:
            out[key], out["_" + key] = np.array(column, dtype=dtype), np.ones(n, dtype=np.bool_)
        else:
            values, mask = np.zeros(n, dtype=dtype), np.zeros(n, dtype=np.bool_)
            values[rows], mask[rows] = column, True
            out[key], out["_" + key] = values, mask
    return out


# ---------------------------------------------------------------- actions


def action_encoder(space: spaces.Space | None) -> Callable[[Any, tensor_pb2.Value], None]:
    """``encode(action, out)``: as ``codec.value_to_proto(action, space, out)``, quicker for the common cases
    (a Python or numpy integer for a Discrete space; an array of the space's own dtype and shape for a Box)."""

    def generic(x, out):
        codec.value_to_proto(x, space, out)

    if isinstance(space, spaces.Discrete):
        def encode_discrete(x, out):
            if (type(x) is int and _INT64_MIN <= x <= _INT64_MAX) or isinstance(x, np.signedinteger):
                out.tensor.int64_values.values.append(int(x))
            else:
                generic(x, out)
        return encode_discrete
    if isinstance(space, spaces.Box) and space.dtype in (np.float32, np.float64):
        field, dtype, shape = _FIELD[np.dtype(space.dtype)], np.dtype(space.dtype), tuple(space.shape)

        def encode_box(x, out):
            if type(x) is np.ndarray and x.dtype == dtype and x.shape == shape:
                t = out.tensor
                t.shape.extend(shape)
                getattr(t, field).values.extend(x.ravel().tolist())
            else:
                generic(x, out)
        return encode_box
    return generic

