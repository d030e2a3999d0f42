"""Joining a Ray cluster the same way from every entry point (vector env, PPO scripts, sweep driver)."""
from __future__ import annotations

import os

import ray


def connect(address: str | None = None, **init_kwargs) -> None:
    """Connects this process to Ray once: ``address`` "auto" or "host:port" joins a running cluster, None (or "")
    starts a local single-node Ray. Workers get the same InfoOps environment variables (jar, java, options) as
    this process, so every node starts the same server; the repository must be at the same path on every node
    (or INFOOPS_JAR must name the jar there)."""
    if ray.is_initialized():
        return
    forwarded = {k: v for k, v in os.environ.items() if k.startswith("INFOOPS_") or k in ("JAVA_HOME",)}
    runtime_env = dict(init_kwargs.pop("runtime_env", None) or {})
    runtime_env.setdefault("env_vars", {}).update(forwarded)
    ray.init(address=address or None, runtime_env=runtime_env, log_to_driver=False,
             logging_level="WARNING", **init_kwargs)
