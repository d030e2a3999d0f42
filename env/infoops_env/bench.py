"""Benchmark of the Python client: ``python -m infoops_env.bench [--env ID]``.

Prints, for one session, the step round-trip latency (p50, p99) over unary calls and over one
bidirectional stream, beside the floor measured in the same run (an empty unary call, Ping, on the
same channel) and the same environment stepped in-process (the jar's ``bench env --sections inprocess``,
run as a subprocess); then the throughput in environment steps per second of the Batch call at 1, 8
and 64 sessions, raw and through the Gymnasium VectorEnv. With ``--ray ADDRESS``: the Ray benchmark instead
(``infoops_env.ray.bench``): RayVectorEnv at 1 and 2 workers beside the local vector env, and the Ray hop.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import time

import numpy as np

from . import launcher
from ._proto.infoops.v1 import environment_service_pb2 as pb
from .client import Connection
from .vector_env import InfoOpsVectorEnv


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    a = np.array(samples) * 1e6
    return float(np.percentile(a, 50)), float(np.percentile(a, 99)), float(a.mean())


def _step_latency(connection: Connection, env_id: str, options: dict | None, transport: str, iterations: int,
                  warmup: int, with_floor: bool = False):
    """Step latency on one session; ``with_floor`` also times a Ping before each step (same conditions)."""
    session = connection.create_session(env_id, options, seed=1, transport=transport)
    ping, request = connection.stub.Ping, pb.PingRequest()
    floor = []
    try:
        spaces = {a.agent_id: a.action_space for a in session.spec.agents}
        for space in spaces.values():
            space.seed(1)
        observations, _ = session.reset(seed=1)
        live = list(observations)
        samples = []
        for i in range(warmup + iterations):
            actions = {a: spaces[a].sample() for a in live}
            if with_floor:
                t0 = time.perf_counter()
                ping(request)
                if i >= warmup:
                    floor.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            _, live = session.step(actions)
            dt = time.perf_counter() - t0
            if i >= warmup:
                samples.append(dt)
            if not live:
                observations, _ = session.reset()
                live = list(observations)
        return (_percentiles(floor), _percentiles(samples)) if with_floor else _percentiles(samples)
    finally:
        session.close()


def _batch_throughput(connection: Connection, env_id: str, options: dict | None, sessions: int, seconds: float,
                      warmup: int) -> float:
    created = [connection.create_session(env_id, options, seed=i) for i in range(sessions)]
    try:
        agent = created[0].spec.agents[0].agent_id
        space = created[0].spec.agents[0].action_space
        space.seed(2)
        connection.batch([pb.Operation(reset=s.reset_request(None, None)) for s in created])
        needs_reset = [False] * sessions
        steps, start, calls, warmup_calls = 0, None, 0, max(50, warmup // sessions)
        while True:
            now = time.perf_counter()
            if start is None and calls >= warmup_calls:
                start, steps = now, 0
            if start is not None and now - start >= seconds:
                break
            calls += 1
            ops = [pb.Operation(reset=s.reset_request(None, None)) if needs_reset[i]
                   else pb.Operation(step=s.step_request({agent: space.sample()})) for i, s in enumerate(created)]
            for i, r in enumerate(connection.batch(ops)):
                kind = r.WhichOneof("result")
                if kind == "error":
                    raise RuntimeError(r.error.message)
                if kind == "step":
                    steps += 1
                    needs_reset[i] = len(r.step.live_agents) == 0
                else:
                    needs_reset[i] = False
        return steps / (time.perf_counter() - start)
    finally:
        for s in created:
            s.close()


def _vector_throughput(address: str, env_id: str, options: dict | None, sessions: int, seconds: float) -> float:
    env = InfoOpsVectorEnv(env_id, sessions, options=options, address=address)
    try:
        env.reset(seed=0)
        env.action_space.seed(3)
        steps, start = 0, time.perf_counter()
        while time.perf_counter() - start < seconds:
            env.step(env.action_space.sample())
            steps += sessions
        return steps / (time.perf_counter() - start)
    finally:
        env.close()


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
        floor, unary = _step_latency(connection, args.env, None, "unary", args.iterations, args.warmup, with_floor=True)
        rows = [("empty unary call (floor)", floor), ("gRPC unary step", unary),
                ("gRPC stream step", _step_latency(connection, args.env, None, "stream", args.iterations, args.warmup))]
        in_process = _java_in_process(args.env, 20000, 5000)
        if in_process:
            rows.append(("in-process step (Java)", in_process))
        print(f"{'latency (one session)':<28} {'p50 us':>10} {'p99 us':>10} {'mean us':>10}")
        for name, (p50, p99, mean) in rows:
            print(f"{name:<28} {p50:>10.1f} {p99:>10.1f} {mean:>10.1f}")
        print(f"{'Batch throughput':<28} {'sessions':>10} {'raw steps/s':>14} {'VectorEnv steps/s':>18}")
        for n in (int(x) for x in args.batch_sessions.split(",")):
            raw = _batch_throughput(connection, args.env, None, n, args.batch_seconds, args.warmup)
            vec = _vector_throughput(connection.address, args.env, None, n, args.batch_seconds)
            print(f"{'':<28} {n:>10} {raw:>14.0f} {vec:>18.0f}")
    finally:
        connection.close()


if __name__ == "__main__":
    main()
