"""The launcher starts the project's jar, reads its port, waits for health, and never leaves a server behind."""
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

import infoops_env


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); read its state.
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def _wait_gone(pid: int, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_a_missing_jar_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("INFOOPS_JAR", "/nonexistent/infoops-gym.jar")
    with pytest.raises(infoops_env.ServerStartError, match="INFOOPS_JAR"):
        infoops_env.InfoOpsEnv("diagnostic/bandit-v0")


@pytest.mark.parametrize("how", ["SIGKILL", "exit"])
def test_no_server_outlives_its_python_process(how):
    script = textwrap.dedent(f"""
        import os, sys, time, infoops_env
        env = infoops_env.InfoOpsEnv("diagnostic/bandit-v0")
        env.reset(seed=1)
        print(infoops_env.launcher.shared_server().process.pid, flush=True)
        if {how!r} == "exit":
            sys.exit(0)          # without env.close(): atexit must stop the server
        time.sleep(600)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        server_pid = int(child.stdout.readline())
        assert _alive(server_pid)
        if how == "SIGKILL":
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        assert _wait_gone(server_pid), f"server {server_pid} outlived its client ({how})"
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_sigterm_lets_the_step_in_flight_finish_then_closes_the_port():
    server = infoops_env.LocalServer().start()
    host, port = server.address.rsplit(":", 1)
    env = infoops_env.InfoOpsEnv("diagnostic/bandit-v0", address=server.address, options={"step_delay_ms": 1500})
    try:
        env.reset(seed=1)
        outcome = {}

        def slow_step():
            try:
                outcome["result"] = env.step(0)
            except Exception as e:  # noqa: BLE001 - reported below
                outcome["error"] = e

        worker = threading.Thread(target=slow_step)
        worker.start()
        time.sleep(0.4)
        server.process.send_signal(signal.SIGTERM)
        worker.join(timeout=30)
        assert "result" in outcome, f"the step in flight failed: {outcome.get('error')}"
        assert server.process.wait(timeout=30) is not None
        with pytest.raises(OSError):
            socket.create_connection((host, int(port)), timeout=2).close()
    finally:
        env._closed = True  # the server is gone; nothing to close there
        env._connection.close()
        server.stop()
