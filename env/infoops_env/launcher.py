"""Starts and supervises a local InfoOps Gym server (the project's jar) when no address is given.

The server runs as ``java -jar infoops-gym.jar serve --port 0 --host 127.0.0.1 --scenario-dir <cwd>`` (scenario
files under the working directory may be named, nothing else on the machine); the launcher reads
the bound port from its first output line and waits for its gRPC health check. One server is shared by
every environment of the process and stopped when the last of them closes, at interpreter exit, and,
on Linux, by the kernel when this process dies in any way (PR_SET_PDEATHSIG), so no server outlives
its client.

Environment variables: INFOOPS_JAR (the jar), INFOOPS_JAVA (the java executable), INFOOPS_JAVA_OPTS
(extra JVM options), INFOOPS_SERVER_LOG (where the server's stderr goes).
"""
from __future__ import annotations

import atexit
import ctypes
import os
import queue
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import grpc

from .errors import ServerStartError

_LISTENING = re.compile(r"listening on (\S+):(\d+)")
_PR_SET_PDEATHSIG = 1
BUILD_COMMAND = "mvn -B -q package -DskipTests"


def find_jar() -> Path:
    """The server jar: $INFOOPS_JAR, else target/infoops-gym.jar of the repository this package was built from."""
    explicit = os.environ.get("INFOOPS_JAR")
    if explicit:
        jar = Path(explicit)
        if not jar.is_file():
            raise ServerStartError(f"INFOOPS_JAR={explicit} is not a file")
        return jar
    candidates = []
    try:
        from ._build_info import REPO_ROOT

        candidates.append(Path(REPO_ROOT) / "target" / "infoops-gym.jar")
    except ImportError:
        pass
    here = Path.cwd().resolve()
    candidates += [parent / "target" / "infoops-gym.jar" for parent in (here, *here.parents)]
    for jar in candidates:
        if jar.is_file():
            return jar
    raise ServerStartError(
        "the InfoOps Gym server jar was not found (looked for "
        + ", ".join(str(c) for c in candidates[:2])
        + f"). Build it in the repository with `{BUILD_COMMAND}`, set INFOOPS_JAR to its path, "
        "or pass address='host:port' of a running server."
    )


def find_java() -> str:
    java = os.environ.get("INFOOPS_JAVA")
    if not java and os.environ.get("JAVA_HOME"):
        candidate = Path(os.environ["JAVA_HOME"]) / "bin" / "java"
        java = str(candidate) if candidate.is_file() else None
    java = java or shutil.which("java")
    if not java:
        raise ServerStartError("no `java` found (Java 17 or later is needed); set JAVA_HOME or INFOOPS_JAVA")
    return java


def _die_with_parent() -> None:
    """Runs in the child before exec: ask the kernel to SIGTERM it when its parent thread dies."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL("libc.so.6", use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        except OSError:
            pass
    # Ctrl-C in a terminal goes to the foreground process group; the parent decides when we stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Spawner:
    """A thread that lives as long as the process and forks the servers.

    PR_SET_PDEATHSIG fires when the *thread* that forked the child exits, not the process; forking from
    a user's short-lived thread would kill the server too early. This thread only ends with the process.
    """

    def __init__(self):
        self._requests: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="infoops-server-spawner", daemon=True)
        self._thread.start()

    def _run(self):
        while True:
            args, kwargs, reply = self._requests.get()
            try:
                reply.put((subprocess.Popen(*args, **kwargs), None))
            except BaseException as e:  # noqa: BLE001 - handed back to the caller
                reply.put((None, e))

    def popen(self, *args, **kwargs) -> subprocess.Popen:
        reply: queue.Queue = queue.Queue()
        self._requests.put((args, kwargs, reply))
        proc, error = reply.get()
        if error is not None:
            raise error
        return proc


_spawner_lock = threading.Lock()
_spawner: _Spawner | None = None


def _get_spawner() -> _Spawner:
    global _spawner
    with _spawner_lock:
        if _spawner is None:
            _spawner = _Spawner()
        return _spawner


class LocalServer:
    """One server process on a free loopback port. Use :func:`acquire` / :func:`release` to share one."""

    def __init__(self, jar: Path | None = None, startup_timeout: float = 120.0, extra_args: list[str] | None = None,
                 allow_working_directory: bool = True):
        self.jar = Path(jar) if jar else find_jar()
        self.startup_timeout = startup_timeout
        self.extra_args = list(extra_args or [])
        # The server answers only this process's user (loopback), so it may read that user's scenario files:
        # the `scenario` option may name files under the working directory (the server's --scenario-dir).
        if allow_working_directory:
            self.extra_args += ["--scenario-dir", str(Path.cwd().resolve())]
        self.process: subprocess.Popen | None = None
        self.address: str | None = None
        self.log_path: Path | None = None

    def start(self) -> "LocalServer":
        java = find_java()
        opts = shlex.split(os.environ.get("INFOOPS_JAVA_OPTS", ""))
        cmd = [java, *opts, "-jar", str(self.jar), "serve", "--port", "0", "--host", "127.0.0.1", *self.extra_args]
        log = os.environ.get("INFOOPS_SERVER_LOG")
        if log:
            self.log_path = Path(log)
        else:
            fd, name = tempfile.mkstemp(prefix="infoops-server-", suffix=".log")
            os.close(fd)
            self.log_path = Path(name)
        with open(self.log_path, "ab") as err:
            self.process = _get_spawner().popen(
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
                preexec_fn=_die_with_parent, close_fds=True,
            )
        _running.add(self)
        try:
            self.address = self._read_address()
            self._wait_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    def _read_address(self) -> str:
        lines: queue.Queue = queue.Queue()

        def pump(stream):
            # Drains stdout for the server's whole life, so it can never block on a full pipe.
            for raw in iter(stream.readline, b""):
                lines.put(raw.decode("utf-8", "replace"))
            lines.put(None)

        threading.Thread(target=pump, args=(self.process.stdout,), name="infoops-server-stdout", daemon=True).start()
        deadline = time.monotonic() + self.startup_timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ServerStartError(self._failure(f"did not report its port within {self.startup_timeout:.0f} s"))
            try:
                line = lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if line is None:
                self.process.wait(timeout=5)
                raise ServerStartError(self._failure(f"exited with code {self.process.returncode} before listening"))
            match = _LISTENING.search(line)
            if match:
                return f"{match.group(1)}:{match.group(2)}"

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        with grpc.insecure_channel(self.address) as channel:
            check = channel.unary_unary(
                "/grpc.health.v1.Health/Check",
                request_serializer=lambda _: b"",  # HealthCheckRequest{service: ""} encodes to no bytes
                response_deserializer=lambda data: data,
            )
            while True:
                try:
                    # HealthCheckResponse{status: SERVING (1)} is field 1, varint 1: bytes 08 01.
                    if check(None, timeout=2.0) == b"\x08\x01":
                        return
                except grpc.RpcError:
                    pass
                if self.process.poll() is not None:
                    raise ServerStartError(self._failure(f"exited with code {self.process.returncode}"))
                if time.monotonic() > deadline:
                    raise ServerStartError(self._failure("never became healthy"))
                time.sleep(0.05)

    def _failure(self, what: str) -> str:
        tail = ""
        try:
            tail = self.log_path.read_text(errors="replace")[-2000:].strip()
        except OSError:
            pass
        return f"the InfoOps Gym server ({self.jar}) {what}" + (f"; its log ({self.log_path}) ends:\n{tail}" if tail else "")

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM (graceful: steps in flight finish), then SIGKILL if it does not exit in time; always reaped."""
        proc = self.process
        _running.discard(self)
        if proc is None:
            return
        if proc.poll() is None:
            try:
                proc.terminate()
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if proc.stdout:
            proc.stdout.close()
        if self.log_path and not os.environ.get("INFOOPS_SERVER_LOG"):
            try:
                self.log_path.unlink()
            except OSError:
                pass

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


_running: set[LocalServer] = set()
_shared_lock = threading.Lock()
_shared: LocalServer | None = None
_shared_users = 0


def acquire() -> str:
    """The address of the process's shared local server, starting it if needed; pair with :func:`release`."""
    global _shared, _shared_users
    with _shared_lock:
        if _shared is None or not _shared.running:
            _shared = LocalServer().start()
        _shared_users += 1
        return _shared.address


def release() -> None:
    """One user fewer; the shared server stops when none is left."""
    global _shared, _shared_users
    with _shared_lock:
        _shared_users = max(0, _shared_users - 1)
        if _shared_users == 0 and _shared is not None:
            server, _shared = _shared, None
            server.stop()


def shared_server() -> LocalServer | None:
    """The shared server if one runs (for tests and diagnostics)."""
    return _shared


@atexit.register
def _stop_all() -> None:
    for server in list(_running):
        server.stop(timeout=5.0)
