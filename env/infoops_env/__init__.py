"""InfoOps Gym's Python client: the server's environments as Gymnasium, PettingZoo and vector environments.

``import infoops_env`` registers every environment id with Gymnasium (without starting a server), so
``gymnasium.make("diagnostic/bandit-v0")`` works; multi-agent ids are PettingZoo environments made
with :func:`parallel_env`. With no ``address``, a local server (the project's jar) is started on a free
loopback port and stopped when the last environment using it closes or the process exits.
"""
from __future__ import annotations

import json
from importlib import resources

import gymnasium

from .client import Connection, EnvSpec, Session
from .components import Component, Components, build_action, named_values
from .errors import (FailedPreconditionError, InfoOpsError, InvalidArgumentError, NotFoundError,
                     ResourceExhaustedError, ServerStartError, UnavailableError)
from .gym_env import InfoOpsEnv
from .launcher import LocalServer
from .parallel_env import InfoOpsParallelEnv, parallel_env
from .vector_env import InfoOpsVectorEnv

__all__ = [
    "Connection", "EnvSpec", "Session", "InfoOpsEnv", "InfoOpsParallelEnv", "InfoOpsVectorEnv", "LocalServer",
    "parallel_env", "make", "environment_ids", "InfoOpsError", "NotFoundError", "InvalidArgumentError",
    "FailedPreconditionError", "ResourceExhaustedError", "UnavailableError", "ServerStartError",
    "Component", "Components", "build_action", "named_values",
]


def _listing() -> list[dict]:
    text = resources.files(__package__).joinpath("environments.json").read_text()
    return json.loads(text)["environments"]


def environment_ids(multi_agent: bool | None = None) -> list[str]:
    """Registered ids; ``multi_agent`` True/False filters."""
    return [e["id"] for e in _listing() if multi_agent is None or e["multi_agent"] == multi_agent]


def make(env_id: str, **kwargs):
    """A Gymnasium env for a single-agent id, a PettingZoo ParallelEnv for a multi-agent one."""
    entry = next((e for e in _listing() if e["id"] == env_id), None)
    if entry is not None and entry["multi_agent"]:
        return InfoOpsParallelEnv(env_id, **kwargs)
    return InfoOpsEnv(env_id, **kwargs)


def _register() -> None:
    for entry in _listing():
        env_id = entry["id"]
        if env_id in gymnasium.registry:
            continue
        if entry["multi_agent"]:
            gymnasium.register(id=env_id, entry_point="infoops_env.gym_env:make_multi_agent_refusal",
                               kwargs={"env_id": env_id})
        else:
            gymnasium.register(id=env_id, entry_point="infoops_env.gym_env:make_env",
                               vector_entry_point="infoops_env.vector_env:make_vector_env",
                               kwargs={"env_id": env_id})


_register()
