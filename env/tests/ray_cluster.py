"""A real two-node Ray cluster on loopback for the tests: ``ray start --head`` and a second node with
``ray start --address``, one CPU each, stopped with ``ray stop``. Records which processes it started, so a test
can check that none (no raylet, no worker, no JVM of ours) is left afterwards."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAY_PROCESS_MARKS = ("raylet", "gcs_server", "ray::", "default_worker.py", "ray/dashboard", "log_monitor.py",
                     "ray/autoscaler", "runtime_env/agent", "monitor.py")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _processes() -> dict[int, str]:
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                out[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            except OSError:
                pass
    return out


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return int(fh.read().split(")")[-1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"  # a zombie has exited
    except OSError:
        return False


def wait_gone(pids, timeout: float) -> list[int]:
    """Waits until none of ``pids`` runs, at most ``timeout`` seconds; returns those still running."""
    deadline = time.monotonic() + timeout
    left = [p for p in pids if alive(p)]
    while left and time.monotonic() < deadline:
        time.sleep(0.2)
        left = [p for p in left if alive(p)]
    return left


class LoopbackCluster:
    def __init__(self, cpus_per_node: int = 1):
        self.ray = str(Path(sys.executable).with_name("ray"))
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        # Short: Ray's socket paths live under it and must fit in 107 bytes.
        self.temp_dir = tempfile.mkdtemp(prefix="ioray-", dir="/tmp")
        self.cpus = cpus_per_node
        self.before: set[int] = set()
        self.env = dict(os.environ, RAY_USAGE_STATS_ENABLED="0")
        self.jar = None

    def _ray(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run([self.ray, *args], capture_output=True, text=True, timeout=timeout, env=self.env,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise RuntimeError(f"ray {' '.join(args)} failed ({done.returncode}): {done.stdout[-1500:]} {done.stderr[-1500:]}")
        return done.stdout

    def start(self) -> "LoopbackCluster":
        self.before = set(_processes())
        common = [f"--num-cpus={self.cpus}", "--object-store-memory=150000000", "--disable-usage-stats",
                  "--node-ip-address=127.0.0.1"]
        self._ray("start", "--head", f"--port={self.port}", "--include-dashboard=false",
                  f"--temp-dir={self.temp_dir}", *common)
        self._ray("start", f"--address={self.address}", *common)
        self._wait_nodes(2, timeout=120)
        return self

    def node_processes(self, raylet: int) -> list[int]:
        """A node's raylet and every process under it except the InfoOps JVMs (which must die by themselves)."""
        children: dict[int, list[int]] = {}
        for pid in _processes():
            children.setdefault(_parent(pid), []).append(pid)
        tree, todo = [], [raylet]
        while todo:
            pid = todo.pop()
            tree.append(pid)
            todo.extend(children.get(pid, []))
        commands = _processes()
        return [p for p in tree if "infoops-gym.jar" not in commands.get(p, "")]

    def add_node(self) -> int:
        """Starts one more node (``ray start --address``); returns its raylet's process id."""
        before = set(_processes())
        self._ray("start", f"--address={self.address}", f"--num-cpus={self.cpus}", "--object-store-memory=150000000",
                  "--disable-usage-stats", "--node-ip-address=127.0.0.1")
        raylets = [pid for pid, cmd in _processes().items() if pid not in before and "raylet" in cmd.split(" ")[0]]
        if len(raylets) != 1:
            raise RuntimeError(f"expected one new raylet, found {raylets}")
        return raylets[0]

    def _wait_nodes(self, n: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            status = subprocess.run([self.ray, "status", f"--address={self.address}"], capture_output=True,
                                    text=True, timeout=60, env=self.env).stdout
            nodes = sum(1 for line in status.splitlines() if line.strip().startswith("1 node_"))
            if nodes >= n:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"the cluster has {nodes} of {n} nodes after {timeout:.0f} s:\n{status}")
            time.sleep(1.0)

    def started_processes(self) -> dict[int, str]:
        """Ray processes and this checkout's server JVMs started since :meth:`start` that still run (the test
        process's own children, such as its local server, are not the cluster's)."""
        from infoops_env.launcher import find_jar

        jar = str(find_jar())
        return {pid: cmd for pid, cmd in _processes().items()
                if pid not in self.before and pid != os.getpid() and alive(pid) and _parent(pid) != os.getpid()
                and (any(m in cmd for m in RAY_PROCESS_MARKS) or jar in cmd)}

    def stop(self, grace: int = 10) -> dict[int, str]:
        """``ray stop``, then what it left (should be nothing) after a short wait."""
        try:
            self._ray("stop", f"--grace-period={grace}", timeout=grace + 60)
        finally:
            deadline = time.monotonic() + 30
            left = self.started_processes()
            while left and time.monotonic() < deadline:
                time.sleep(0.5)
                left = self.started_processes()
        return left

    def cleanup(self) -> None:
        """Last resort after a failed test: kill by id what this cluster started, remove its temp dir."""
        for pid in self.started_processes():
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        shutil.rmtree(self.temp_dir, ignore_errors=True)
