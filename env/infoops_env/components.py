"""Named components of tensor spaces: every element of a ``MultiDiscrete``, ``MultiBinary`` or ``Box`` the server
describes carries a name and a meaning (and a multi-discrete entry may label its values), so actions are built
and observations read by name, never by position.

The spaces of an environment's spec carry them as ``space.components`` (a :class:`Components` tuple in the
element order, row-major; empty when the server names none)::

    env = gymnasium.make("diluvsion/bot-fleet-v0")
    env.action_space.components["neutral.level"]          # Component(name, meaning, choices=("high", ...))
    a = build_action(env.action_space, {"*.role_mix.repliers": 2, "*.level": "high"})
    named_values(env.observation_space["fleet"], obs["fleet"])   # {"negative.reach": 0.4, ...}

Names are dotted identifiers, each segment optionally indexed: ``negative.role_mix.repliers``,
``candidate[3].spread``. In :func:`build_action` a key is an exact name or, failing that, a shell-style pattern
(``*.level``; fnmatch, so ``[`` starts a character class: give indexed names exactly).
"""
from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np
from gymnasium import spaces

from . import codec


@dataclass(frozen=True)
class Component:
    """One element of a tensor space: its name, what it means, and (multi-discrete only) its values' labels."""

    name: str
    meaning: str
    choices: tuple[str, ...] = ()

    def value(self, x: int | str, low: int = 0) -> int:
        """The number for a choice label (label k is ``low + k``) or a number itself."""
        if isinstance(x, str):
            if x not in self.choices:
                allowed = ", ".join(self.choices) if self.choices else "numbers only (no labels)"
                raise ValueError(f"{self.name}: {x!r} is not one of its choices; allowed: {allowed}")
            return low + self.choices.index(x)
        return x


class Components(tuple):
    """A space's components in element order; also indexed by name (``components["neutral.theme"]``)."""

    def __new__(cls, items=()):
        self = super().__new__(cls, items)
        self._index = {c.name: i for i, c in enumerate(self)}
        return self

    def __getitem__(self, key):
        if isinstance(key, str):
            return super().__getitem__(self.index_of(key))
        return super().__getitem__(key)

    def __getnewargs__(self):
        return (tuple(self),)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self)

    def index_of(self, name: str) -> int:
        """The element position of ``name``; KeyError naming the known names otherwise."""
        try:
            return self._index[name]
        except KeyError:
            raise KeyError(f"no component {name!r}; known: {', '.join(self.names) or 'none (the space is unnamed)'}") from None

    def matching(self, key: str) -> list[int]:
        """Positions of the exact name ``key``, or else of every name matching it as a shell-style pattern."""
        if key in self._index:
            return [self._index[key]]
        return [i for i, c in enumerate(self) if fnmatch.fnmatchcase(c.name, key)]


_NONE = Components()


def components(space: spaces.Space) -> Components:
    """The components of a space built from a server spec; empty for unnamed, Discrete and Dict spaces."""
    return getattr(space, "components", _NONE)


def named_space(proto) -> spaces.Space:
    """A Gymnasium space from a ``spaces_pb2.Space``, with ``components`` on every named tensor space inside."""
    return _annotate(codec.space_from_proto(proto), proto)


def _annotate(space: spaces.Space, proto) -> spaces.Space:
    kind = proto.WhichOneof("kind")
    if kind == "dict":
        for entry in proto.dict.entries:
            _annotate(space.spaces[entry.key], entry.space)
    elif kind in ("multi_discrete", "multi_binary", "box"):
        found = getattr(proto, kind).components
        if found:
            space.components = Components(Component(c.name, c.meaning, tuple(c.choices)) for c in found)
    return space


def _bounds(space: spaces.Space) -> tuple[np.ndarray, np.ndarray]:
    """Per-element (flat) lowest and highest allowed values."""
    if isinstance(space, spaces.MultiDiscrete):
        return space.start.ravel(), (space.start + space.nvec - 1).ravel()
    if isinstance(space, spaces.MultiBinary):
        n = int(np.prod(space.shape))
        return np.zeros(n, dtype=np.int8), np.ones(n, dtype=np.int8)
    if isinstance(space, spaces.Box):
        return space.low.ravel(), space.high.ravel()
    raise TypeError(f"{space} has no named elements: only MultiDiscrete, MultiBinary and Box spaces do")


def build_action(space: spaces.Space, values: Mapping[str, int | float | str], base: Any = None) -> np.ndarray:
    """An element of ``space`` with the named components set: keys are names or patterns (``*.level``), values
    numbers or choice labels (``"high"``), applied in order. Every other element keeps its value in ``base`` (an
    element of the space) or, without one, its lowest allowed value (a finite Box bound, else 0)."""
    named = components(space)
    if not named:
        raise ValueError(f"{space} names no components; the server sent no names for it")
    low, high = _bounds(space)
    if base is None:
        out = np.where(np.isfinite(low), low, 0).astype(space.dtype)
    else:
        out = np.array(base, dtype=space.dtype).ravel().copy()
        if out.shape != low.shape:
            raise ValueError(f"base has {out.size} elements; {space} has {low.size}")
    for key, x in values.items():
        hits = named.matching(key)
        if not hits:
            raise KeyError(f"no component matches {key!r}; known: {', '.join(named.names)}")
        for i in hits:
            v = named[i].value(x, int(low[i]) if named[i].choices else 0)
            if not low[i] <= v <= high[i]:
                raise ValueError(f"{named[i].name}: value {v} is outside {low[i]} to {high[i]} ({named[i].meaning})")
            out[i] = v
    return out.reshape(space.shape)


def named_values(space: spaces.Space, x: Any, labels: bool = False) -> dict[str, Any]:
    """An element of ``space`` (an observation or action) as {component name: value}, in element order; with
    ``labels``, labelled multi-discrete entries give their choice label instead of the number."""
    named = components(space)
    if not named:
        raise ValueError(f"{space} names no components; the server sent no names for it")
    flat = np.asarray(x).ravel()
    if flat.size != len(named):
        raise ValueError(f"value has {flat.size} elements; {space} names {len(named)}")
    low = _bounds(space)[0]
    out: dict[str, Any] = {}
    for i, c in enumerate(named):
        v = flat[i].item()
        out[c.name] = c.choices[int(v - low[i])] if labels and c.choices else v
    return out
