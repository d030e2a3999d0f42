"""Reset options: the server rejects names it does not know; the Gymnasium/PettingZoo wrappers drop
them with a warning instead, since those APIs (and their checkers) pass options freely."""
from __future__ import annotations

import warnings
from typing import Any, Mapping


def known_reset_options(options: Mapping[str, Any] | None, allowed: tuple[str, ...], env_id: str) -> dict | None:
    if not options:
        return None
    unknown = [k for k in options if k not in allowed]
    if unknown:
        warnings.warn(
            f"{env_id}: reset options {unknown} are not reset options of this environment and are ignored; "
            f"allowed: {list(allowed)}",
            stacklevel=3,
        )
    return {k: v for k, v in options.items() if k in allowed}
