"""Benchmark of the Python client: ``python -m infoops_env.bench [--env ID]``.

Prints the step round-trip latency (p50, p99) of one session over unary calls and of another over one
bidirectional stream, beside two floors, all four timed in turn in one loop: an empty unary call to the server
(Ping, on the same channel) and an empty call to a pure grpcio echo server in a Python process of its own
(generic handler, bytes in and out, no protobuf), which is what gRPC itself costs from Python on this machine;
and the same environment stepped in-process (the jar's ``bench env --sections inprocess``, run as a
subprocess). Then the throughput in environment steps per second of the Batch call at 1, 8 and 64
sessions, raw (requests built, answers not decoded) and through the Gymnasium VectorEnv. With ``--ray ADDRESS``: the Ray benchmark instead
(``infoops_env.ray.bench``): RayVectorEnv at 1 and 2 workers beside the local vector env, and the Ray hop.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time

import grpc
import numpy as np

from . import launcher
from ._proto.infoops.v1 import environment_service_pb2 as pb
from .client import Connection
from .vector_env import InfoOpsVectorEnv


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    a = np.array(samples) * 1e6
    return float(np.percentile(a, 50)), float(np.percentile(a, 99)), float(a.mean())


class _GrpcEcho:
    """A pure grpcio echo server in a Python process of its own (``_echo_server``) and a channel to it: the cost
    of a gRPC round trip from Python with nothing of ours in it."""

    def __init__(self):
        self._process = subprocess.Popen([sys.executable, "-m", "infoops_env._echo_server"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True)
        port = int(self._process.stdout.readline())
        self._channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        self.call = self._channel.unary_unary("/bench.Echo/Echo")
        self.call(b"", wait_for_ready=True, timeout=30)

    def close(self) -> None:
        self._channel.close()
        self._process.stdin.close()
        self._process.wait(timeout=10)


def _latencies(connection: Connection, env_id: str, options: dict | None, iterations: int, warmup: int) -> dict:
    """p50/p99/mean of each call, timed in turn within one loop so that load and warm-up favour none: an empty
    call to the grpcio echo, a Ping, a unary step and a stream step (two sessions of the same seed and
    actions)."""
    sessions = {t: connection.create_session(env_id, options, seed=1, transport=t) for t in ("unary", "stream")}
    ping, request = connection.stub.Ping, pb.PingRequest()
    echo = _GrpcEcho()
    samples: dict = {"echo": [], "ping": [], "unary": [], "stream": []}
    try:
        spaces = {a.agent_id: a.action_space for a in sessions["unary"].spec.agents}
        for space in spaces.values():
            space.seed(1)
        live = {t: list(s.reset(seed=1)[0]) for t, s in sessions.items()}
        for i in range(warmup + iterations):
            t0 = time.perf_counter()
            echo.call(b"")
            t1 = time.perf_counter()
            ping(request)
            t2 = time.perf_counter()
            times = [t1 - t0, t2 - t1]
            actions = {a: spaces[a].sample() for a in live["unary"]}
            for transport, session in sessions.items():
                t0 = time.perf_counter()
                _, live[transport] = session.step(actions)
                times.append(time.perf_counter() - t0)
                if not live[transport]:
                    live[transport] = list(session.reset()[0])
            if i >= warmup:
                for key, dt in zip(samples, times):
                    samples[key].append(dt)
        return {key: _percentiles(v) for key, v in samples.items()}
    finally:
        for s in sessions.values():
            s.close()
        echo.close()


class _RawBatch:
    """``sessions`` sessions stepped by raw Batch calls: requests built per sub-environment, answers not decoded
    (only checked for errors and episode ends). The ceiling the vector env is held against."""

    def __init__(self, connection: Connection, env_id: str, options: dict | None, sessions: int):
        self.connection = connection
        self.sessions = [connection.create_session(env_id, options, seed=i) for i in range(sessions)]
        self.agent = self.sessions[0].spec.agents[0].agent_id
        self.space = self.sessions[0].spec.agents[0].action_space
        self.space.seed(2)
        connection.batch([pb.Operation(reset=s.reset_request(None, None)) for s in self.sessions])
        self.needs_reset = [False] * sessions

    def run(self, seconds: float) -> tuple[int, float]:
        """(environment steps, seconds) of Batch calls for about ``seconds``."""
        steps, start = 0, time.perf_counter()
        agent, space, needs_reset = self.agent, self.space, self.needs_reset
        while time.perf_counter() - start < seconds:
            ops = [pb.Operation(reset=s.reset_request(None, None)) if needs_reset[i]
                   else pb.Operation(step=s.step_request({agent: space.sample()})) for i, s in enumerate(self.sessions)]
            for i, r in enumerate(self.connection.batch(ops)):
                kind = r.WhichOneof("result")
                if kind == "error":
                    raise RuntimeError(r.error.message)
                if kind == "step":
                    steps += 1
                    needs_reset[i] = len(r.step.live_agents) == 0
                else:
                    needs_reset[i] = False
        return steps, time.perf_counter() - start

    def close(self) -> None:
        for s in self.sessions:
            s.close()


class _Vector:
    """The same through :class:`InfoOpsVectorEnv` (every sub-environment step counts, autoreset ones too)."""

    def __init__(self, address: str, env_id: str, options: dict | None, sessions: int):
        self.env = InfoOpsVectorEnv(env_id, sessions, options=options, address=address)
        self.env.reset(seed=0)
        self.env.action_space.seed(3)

    def run(self, seconds: float) -> tuple[int, float]:
        env, steps, start = self.env, 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            env.step(env.action_space.sample())
            steps += env.num_envs
        return steps, time.perf_counter() - start

    def close(self) -> None:
        self.env.close()


def _batch_throughput(connection: Connection, env_id: str, options: dict | None, sessions: int, seconds: float,
                      warmup: int, slices: int = 6) -> tuple[float, float]:
    """(raw, vector env) steps/s: each warmed up, then timed in turn over ``slices`` slices of ``seconds`` in all,
    so a busy machine's load changes touch both alike."""
    raw = _RawBatch(connection, env_id, options, sessions)
    try:
        vec = _Vector(connection.address, env_id, options, sessions)
        try:
            warm = max(0.2, min(seconds / 4, warmup * 1e-4))
            raw.run(warm)
            vec.run(warm)
            totals = {raw: [0, 0.0], vec: [0, 0.0]}
            for _ in range(slices):
                for runner in (raw, vec):
                    steps, elapsed = runner.run(seconds / slices)
                    totals[runner][0] += steps
                    totals[runner][1] += elapsed
            return totals[raw][0] / totals[raw][1], totals[vec][0] / totals[vec][1]
        finally:
            vec.close()
    finally:
        raw.close()


def _java_in_process(env_id: str, iterations: int, warmup: int) -> tuple[float, float, float] | None:
    try:
        jar = launcher.find_jar()
        out = subprocess.run([launcher.find_java(), "-jar", str(jar), "bench", "env", "--env", env_id, "--sections",
                              "inprocess", "--iterations", str(iterations), "--warmup", str(warmup)],
                             capture_output=True, text=True, timeout=600)
    except Exception:  # noqa: BLE001 - the figure is optional
        return None
    match = re.search(r"in-process step\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out.stdout)
    return tuple(float(g) for g in match.groups()) if match else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m infoops_env.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--env", default="diagnostic/bandit-v0")
    parser.add_argument("--iterations", type=int, default=5000)
    parser.add_argument("--warmup", type=int, default=1000)
    parser.add_argument("--batch-sessions", default="1,8,64")
    parser.add_argument("--batch-seconds", type=float, default=3.0)
    parser.add_argument("--no-in-process", action="store_true", help="skip the Java in-process step (a second JVM)")
    parser.add_argument("--address", help="host:port of a running server (default: start the local jar)")
    parser.add_argument("--ray", metavar="ADDRESS", help="instead: RayVectorEnv vs the local vector env on this Ray "
                        "cluster ('auto', 'host:port', 'local'); needs the [ray] extra")
    parser.add_argument("--options", default="", help="with --ray: environment options as JSON")
    parser.add_argument("--sessions", type=int, default=8, help="with --ray: sessions of each vector env")
    parser.add_argument("--workers", default="1,2", help="with --ray: RayVectorEnv worker counts to time")
    parser.add_argument("--seconds", type=float, default=10.0, help="with --ray: seconds per row")
    args = parser.parse_args(argv)
    if args.ray:
        import json

        from .ray.bench import run
        run(args.ray, args.env, json.loads(args.options) if args.options else None, args.sessions,
            [int(w) for w in args.workers.split(",")], args.seconds, min(args.warmup, 20), min(args.iterations, 200))
        return

    connection = Connection(args.address)
    try:
        print(f"python bench: {args.env}, {args.iterations} timed calls after {args.warmup} warm-up, server {connection.address}")
        # The floor is timed alternately with the unary steps, so both see the same conditions.
        timed = _latencies(connection, args.env, None, args.iterations, args.warmup)
        floor = timed["ping"]
        rows = [("empty unary call (floor)", floor), ("grpcio echo (Python floor)", timed["echo"]),
                ("gRPC unary step", timed["unary"]), ("gRPC stream step", timed["stream"])]
        in_process = None if args.no_in_process else _java_in_process(args.env, 20000, 5000)
        if in_process:
            rows.append(("in-process step (Java)", in_process))
        print(f"{'latency (one session)':<28} {'p50 us':>10} {'p99 us':>10} {'mean us':>10} {'p50/floor':>10}")
        for name, (p50, p99, mean) in rows:
            print(f"{name:<28} {p50:>10.1f} {p99:>10.1f} {mean:>10.1f} {p50 / floor[0]:>10.2f}")
        print(f"{'Batch throughput':<28} {'sessions':>10} {'raw steps/s':>14} {'VectorEnv steps/s':>18} {'vec/raw':>8}")
        for n in (int(x) for x in args.batch_sessions.split(",")):
            raw, vec = _batch_throughput(connection, args.env, None, n, args.batch_seconds, args.warmup)
            print(f"{'':<28} {n:>10} {raw:>14.0f} {vec:>18.0f} {vec / raw:>8.2f}")
    finally:
        connection.close()


if __name__ == "__main__":
    main()
