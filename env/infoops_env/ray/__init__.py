"""InfoOps Gym on a Ray cluster (``pip install ./env[ray]``): environment workers as Ray actors, each owning one
server JVM on its node; :class:`RayVectorEnv`, a Gymnasium vector env whose sub-environments live on those
actors; :class:`RayParallelEnv`, a PettingZoo parallel env hosted on one; and ``python -m infoops_env.ray.sweep``,
which fans a sweep's shards out as Ray tasks and merges them into the files a single machine writes.

Only Ray core is used (no RLlib). ``import infoops_env`` never imports this package.
"""
from __future__ import annotations

try:
    import ray as _ray  # noqa: F401
except ImportError as e:  # pragma: no cover - depends on the installation
    raise ImportError("infoops_env.ray needs Ray: pip install './env[ray]' (Ray core, from the package index)") from e

from .cluster import connect
from .parallel_env import RayParallelEnv
from .vector_env import RayVectorEnv
from .worker import EnvWorker, WorkerPool

__all__ = ["EnvWorker", "WorkerPool", "RayVectorEnv", "RayParallelEnv", "connect"]
