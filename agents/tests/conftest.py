"""The agents' tests run the real client against the real server (the project's jar, started by the client or
once here), on the small Diluvsion scenario so the suite stays quick."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

AGENTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AGENTS))

SMALL = {"scenario": "diluvsion/small", "objective": "shrink_majority", "decision_steps": 48}


@pytest.fixture(scope="session")
def server():
    import infoops_env

    try:
        srv = infoops_env.LocalServer().start()
    except infoops_env.ServerStartError as e:
        pytest.fail(f"cannot start the InfoOps Gym server: {e}")
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def address(server) -> str:
    return server.address


@pytest.fixture
def script_env() -> dict:
    """The environment for running an agents/ script as a subprocess (it starts its own server)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(AGENTS), env.get("PYTHONPATH", "")) if p)
    return env
