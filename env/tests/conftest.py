"""Fixtures: one real server (the project's jar) on a free loopback port for the whole session."""
from __future__ import annotations

import sys

import pytest

import infoops_env


@pytest.fixture(scope="session")
def server():
    try:
        srv = infoops_env.LocalServer().start()
    except infoops_env.ServerStartError as e:
        pytest.fail(f"cannot start the InfoOps Gym server: {e}")
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def address(server) -> str:
    return server.address


@pytest.fixture(scope="session")
def listing(address) -> list[dict]:
    connection = infoops_env.Connection(address)
    try:
        return connection.list_environments()
    finally:
        connection.close()


@pytest.fixture
def healthy(address):
    """Asserts that a fresh session on the same server still resets and steps."""

    def check():
        env = infoops_env.InfoOpsEnv("diagnostic/bandit-v0", address=address)
        try:
            env.reset(seed=1)
            env.step(env.action_space.sample())
        finally:
            env.close()

    return check


def pytest_terminal_summary(terminalreporter):
    """The fuzz suite's answers by status code, when it ran."""
    fuzz = sys.modules.get("test_server_fuzz")
    counts = getattr(fuzz, "COUNTS", None)
    if counts:
        total = sum(counts.values())
        terminalreporter.write_line(f"fuzz: {total} requests; answers by status code: "
                                    + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
