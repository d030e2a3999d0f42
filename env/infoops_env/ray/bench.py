"""Ray benchmark: ``python -m infoops_env.bench --ray ADDRESS [--env ID] [--sessions N] [--workers 1,2]``.

Steps per second of :class:`RayVectorEnv` with 1, 2, ... workers (one per node when the cluster has that many
nodes) beside the local :class:`~infoops_env.InfoOpsVectorEnv` with the same sessions, and the per-step cost of the
Ray hop: the same worker code (one gRPC Batch over N sessions, decoded) called in this process and through a Ray
actor, p50 of each and their difference.
"""
from __future__ import annotations

import time

import numpy as np
import ray

from ..vector_env import InfoOpsVectorEnv
from .cluster import connect
from .vector_env import RayVectorEnv
from .worker import EnvWorker, WorkerPool


def _rate(env, seconds: float, warmup: int) -> tuple[float, float]:
    """Environment steps per second and p50 of one vector step (ms), after ``warmup`` vector steps."""
    env.reset(seed=0)
    env.action_space.seed(3)
    actions = [env.action_space.sample() for _ in range(64)]
    for i in range(warmup):
        env.step(actions[i % 64])
    times, start = [], time.perf_counter()
    while time.perf_counter() - start < seconds:
        t0 = time.perf_counter()
        env.step(actions[len(times) % 64])
        times.append(time.perf_counter() - t0)
    return len(times) * env.num_envs / (time.perf_counter() - start), float(np.median(times)) * 1e3


def _commands(space, n: int, count: int) -> list[list[tuple]]:
    space.seed(4)
    return [[("step", {"agent": space.sample()}) for _ in range(n)] for _ in range(count)]


def _hop(env_id: str, options: dict | None, sessions: int, iterations: int, warmup: int) -> tuple[float, float]:
    """p50 (ms) of one worker call over ``sessions`` sessions: in this process, and through a Ray actor."""
    results = []
    for remote in (False, True):
        pool = WorkerPool(1) if remote else None
        worker = pool.actors[0] if remote else EnvWorker()
        try:
            call = (lambda *a: ray.get(worker.run.remote(*a), timeout=300)) if remote else worker.run
            group, spec = (ray.get(worker.open.remote(env_id, options, list(range(sessions))), timeout=300) if remote
                           else worker.open(env_id, options, list(range(sessions))))
            agent = spec.agents[0].agent_id
            commands = [[("step", {agent: a[1]["agent"]}) for a in batch]
                        for batch in _commands(spec.agents[0].action_space, sessions, 64)]
            call(group, [("reset", None, None)] * sessions)
            times = []
            for i in range(warmup + iterations):
                t0 = time.perf_counter()
                answers = call(group, commands[i % 64])
                if i >= warmup:
                    times.append(time.perf_counter() - t0)
                if any(a[0] == "step" and not a[2] for a in answers):  # an episode ended: start the next
                    call(group, [("reset", None, None)] * sessions)
            results.append(float(np.median(times)) * 1e3)
        finally:
            if remote:
                pool.shutdown()
            else:
                worker.shutdown()
    return results[0], results[1]


def run(address: str, env_id: str, options: dict | None, sessions: int, workers: list[int], seconds: float,
        warmup: int, hop_iterations: int) -> None:
    connect(None if address == "local" else address)
    nodes = [n for n in ray.nodes() if n["Alive"]]
    print(f"ray bench: {env_id}, {sessions} sessions, cluster of {len(nodes)} node(s), "
          f"{ray.cluster_resources().get('CPU', 0):.0f} CPUs; {seconds:.0f} s per row after {warmup} warm-up steps")
    print(f"{'vector env':<22} {'workers':>8} {'nodes':>6} {'env steps/s':>12} {'step p50 ms':>12}")
    local = InfoOpsVectorEnv(env_id, sessions, options=options)
    try:
        rate, p50 = _rate(local, seconds, warmup)
    finally:
        local.close()
    print(f"{'InfoOpsVectorEnv':<22} {'-':>8} {1:>6} {rate:>12.1f} {p50:>12.2f}")
    for w in workers:
        env = RayVectorEnv(env_id, sessions, options=options, num_workers=w)
        try:
            used = len({i["node_id"] for i in env.worker_infos()})
            rate, p50 = _rate(env, seconds, warmup)
        finally:
            env.close()
        print(f"{'RayVectorEnv':<22} {w:>8} {used:>6} {rate:>12.1f} {p50:>12.2f}")
    local_ms, actor_ms = _hop(env_id, options, sessions, hop_iterations, max(10, warmup))
    print(f"Ray hop, {sessions} sessions on one worker: Batch call in process p50 {local_ms:.2f} ms, "
          f"through the actor p50 {actor_ms:.2f} ms, hop +{actor_ms - local_ms:.2f} ms per step")
