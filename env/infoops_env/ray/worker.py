"""Environment workers: Ray actors that each own one InfoOps Gym server JVM on their node.

An :class:`EnvWorker` starts the project's server jar with the ordinary launcher (free loopback port, health
check) and hosts many sessions on it, grouped by the environment that opened them (one group per vector env or
parallel env). Each call on a group is one gRPC ``Batch`` to the local JVM, so an actor costs the cluster one
round trip per step however many sessions it hosts.

The JVM dies with its actor: the launcher forks it from a thread that lives as long as the actor's process and
asks the kernel (PR_SET_PDEATHSIG) to SIGTERM it when that process dies, however it dies (``ray.kill``, SIGKILL,
``ray stop``). :class:`WorkerPool` places the actors with a placement group of SPREAD bundles (one per actor),
so they land on different nodes when the cluster has them, and re-creates a lost actor in its bundle.
"""
from __future__ import annotations

import os
import time
from typing import Any, Mapping, Sequence

import ray
from ray.util.placement_group import placement_group, remove_placement_group
from ray.util.scheduling_strategies import PlacementGroupSchedulingStrategy

from .. import errors
from .._proto.infoops.v1 import environment_service_pb2 as pb
from ..client import Connection, EnvSpec, Session
from ..launcher import LocalServer

#: Exceptions meaning "the actor (its process or node) is gone", as opposed to an error the environment raised.
LOST = (ray.exceptions.RayActorError, ray.exceptions.GetTimeoutError, ray.exceptions.WorkerCrashedError,
        ray.exceptions.NodeDiedError, ray.exceptions.ObjectLostError)


class EnvWorker:
    """One server JVM and the sessions on it. Made into a Ray actor by :class:`WorkerPool`; usable directly too."""

    def __init__(self, startup_timeout: float = 180.0):
        self._server = LocalServer(startup_timeout=startup_timeout).start()
        self._connection = Connection(self._server.address)
        self._groups: dict[int, list[Session]] = {}
        self._next_group = 0

    def info(self) -> dict:
        """Where this worker runs: its process, its JVM, its node and the JVM's address."""
        return {"pid": os.getpid(), "jvm_pid": self._server.process.pid, "address": self._server.address,
                "node_id": ray.get_runtime_context().get_node_id() if ray.is_initialized() else None}

    def open(self, env_id: str, options: Mapping[str, Any] | None, seeds: Sequence[int | None],
             transport: str = "unary") -> tuple[int, EnvSpec]:
        """Creates one session per seed; returns the group's id and the environment's spec."""
        sessions: list[Session] = []
        try:
            for seed in seeds:
                sessions.append(self._connection.create_session(env_id, options, seed, transport))
        except BaseException:
            for s in sessions:
                s.close()
            raise
        group = self._next_group
        self._next_group += 1
        self._groups[group] = sessions
        return group, sessions[0].spec

    def run(self, group: int, commands: Sequence[tuple]) -> list[tuple]:
        """One Batch over the group's sessions. A command is ("reset", seed, options) or ("step", actions by
        agent); the answer for each is ("reset", observations, infos) or ("step", transitions, live agents)."""
        sessions = self._groups[group]
        if len(commands) != len(sessions):
            raise ValueError(f"{len(commands)} commands for the {len(sessions)} sessions of group {group}")
        ops = []
        for session, command in zip(sessions, commands):
            if command[0] == "reset":
                ops.append(pb.Operation(reset=session.reset_request(command[1], command[2])))
            else:
                ops.append(pb.Operation(step=session.step_request(command[1])))
        results = self._connection.batch(ops)
        out = []
        for i, (session, r) in enumerate(zip(sessions, results)):
            kind = r.WhichOneof("result")
            if kind == "error":
                raise errors.from_operation_error(r.error.code, f"session {i} of the group: {r.error.message}")
            out.append(("reset", *session.decode_reset(r.reset)) if kind == "reset"
                       else ("step", *session.decode_step(r.step)))
        return out

    def render(self, group: int, mode: str) -> list:
        return [s.render(mode) for s in self._groups[group]]

    def close(self, group: int) -> None:
        for s in self._groups.pop(group, []):
            s.close()

    def ping(self) -> bool:
        self._connection.ping()
        return True

    def shutdown(self) -> None:
        """Closes every session and stops the JVM (SIGTERM, then SIGKILL after a grace period)."""
        for group in list(self._groups):
            self.close(group)
        self._connection.close()
        self._server.stop()


class WorkerPool:
    """``num_workers`` :class:`EnvWorker` actors, one per SPREAD bundle of a placement group.

    Args:
        num_workers: actors (JVMs) to start; on a cluster, at most one per node is the usual choice.
        cpus_per_worker: CPUs each bundle reserves for its actor and JVM (the JVM uses its node's cores).
        startup_timeout: seconds to wait for the bundles and for each JVM's health check.
    """

    def __init__(self, num_workers: int, cpus_per_worker: float = 1.0, startup_timeout: float = 180.0):
        if num_workers < 1:
            raise ValueError(f"num_workers={num_workers}; allowed: 1 or more")
        self.num_workers = num_workers
        self.cpus_per_worker = cpus_per_worker
        self.startup_timeout = startup_timeout
        self._remote = ray.remote(max_restarts=0, max_task_retries=0)(EnvWorker)
        self._group = placement_group([{"CPU": cpus_per_worker}] * num_workers, strategy="SPREAD")
        try:
            ray.get(self._group.ready(), timeout=startup_timeout)
        except ray.exceptions.GetTimeoutError:
            remove_placement_group(self._group)
            raise TimeoutError(f"the cluster could not place {num_workers} workers of {cpus_per_worker} CPU within "
                               f"{startup_timeout:.0f} s; it has {ray.cluster_resources().get('CPU', 0)} CPUs") from None
        self.actors: list = [self._start(k) for k in range(num_workers)]
        try:
            self.infos: list[dict] = ray.get([a.info.remote() for a in self.actors], timeout=startup_timeout)
        except BaseException:
            self.shutdown()
            raise
        self.replacements = 0

    def _start(self, k: int):
        strategy = PlacementGroupSchedulingStrategy(placement_group=self._group, placement_group_bundle_index=k)
        return self._remote.options(num_cpus=self.cpus_per_worker, scheduling_strategy=strategy).remote(self.startup_timeout)

    def replace(self, k: int) -> None:
        """Kills worker k (if anything is left of it) and starts a new one in its bundle; waits for its JVM."""
        try:
            ray.kill(self.actors[k], no_restart=True)
        except Exception:  # noqa: BLE001 - already gone
            pass
        self.actors[k] = self._start(k)
        self.infos[k] = ray.get(self.actors[k].info.remote(), timeout=self.startup_timeout)
        self.replacements += 1

    def shutdown(self, timeout: float = 30.0) -> None:
        """Stops every JVM politely (bounded by ``timeout``), then kills the actors and frees the bundles."""
        pending = []
        for a in self.actors:
            try:
                pending.append(a.shutdown.remote())
            except Exception:  # noqa: BLE001
                pass
        if pending:
            ray.wait(pending, num_returns=len(pending), timeout=timeout)
        for a in self.actors:
            try:
                ray.kill(a, no_restart=True)
            except Exception:  # noqa: BLE001
                pass
        self.actors = []
        remove_placement_group(self._group)


def wait_all(refs: list, timeout: float) -> list[tuple[Any, BaseException | None]]:
    """Each ref's value or its exception, waiting at most ``timeout`` seconds overall; a ref not ready by then
    gets a GetTimeoutError. Never raises for a single failed ref, so one lost actor does not hide the others."""
    deadline = time.monotonic() + timeout
    out = []
    for ref in refs:
        try:
            out.append((ray.get(ref, timeout=max(0.0, deadline - time.monotonic())), None))
        except BaseException as e:  # noqa: BLE001 - sorted out by the caller
            out.append((None, e))
    return out
