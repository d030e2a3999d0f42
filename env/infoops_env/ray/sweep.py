"""Distributed sweeps: ``python -m infoops_env.ray.sweep [options] JAVA_COMMAND...``.

Fans a sweep out over a Ray cluster as shards and merges them into exactly the files the same command writes on
one machine. The Java side stays a plain CLI: shard i of n is ``java -jar infoops-gym.jar JAVA_COMMAND --shard i/n
--out DIR`` run by a Ray task on some node; its files come back through Ray's object store, and the merge is
``JAVA_COMMAND --merge DIR... --out OUT`` here. Supported commands: ``sweep SCENARIO...`` / ``sweep --all diluvsion``
(shards of runs), ``reproduce troll-figure5 ...`` (of seeds), ``reproduce cascade-figures SCENARIO ...`` (of countermeasure and topic
points) and ``calibrate ...`` (of the screened combinations; the merge then runs the CMA-ES generations, which
depend on each other, and the before/after sweeps on the driver's machine, within ``--timeout``).

Faults: a task whose process, JVM or node dies, or which fails or misses its deadline, is retried by Ray (up to
``--retries`` times). A node lost mid-shard may leave that shard's folder (``infoops-sweep-<id>``) in its temp dir. On the same node a retry resumes: runs already written by the killed attempt are kept, so
the work redone is the runs that were in flight. Results never depend on retries: every run depends only on its
scenario and index. Every wait has a deadline (``--task-timeout``, ``--timeout``).

Examples::

    python -m infoops_env.ray.sweep --address auto --out runs/table1 sweep --all diluvsion
    python -m infoops_env.ray.sweep --address auto --shards 5 --out runs/fig5 reproduce troll-figure5 --scenario troll/small
"""
from __future__ import annotations

import argparse
import io
import os
import queue
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import ray
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

from .. import launcher
from .cluster import connect

_PROGRESS = re.compile(r"^(finished \S+ run \d+|seed \d+ done|point \d+ done)")
_TO_COMPUTE = re.compile(r"^to compute: (\d+)")
_RESERVED = ("--shard", "--run-range", "--merge", "--out")


class ShardFailed(RuntimeError):
    """A shard's JVM failed, died or missed its deadline: worth a retry."""


class ShardRejected(RuntimeError):
    """The command was refused as given (exit code 2: a bad scenario or option): a retry cannot help."""


@dataclass
class ShardResult:
    index: int
    archive: bytes
    computed: int
    reused: int
    node_id: str
    pid: int


@dataclass
class SweepReport:
    """What a distributed sweep did: where it wrote, per shard how many work items were computed by the attempt
    that finished and how many it found already written by a killed attempt, and how many attempts failed."""

    out: Path
    shards: list[ShardResult]
    failed_attempts: int
    seconds: float
    events: list[dict] = field(default_factory=list)
    merge_output: str = ""
    sweep_id: str = ""

    @property
    def computed(self) -> int:
        return sum(s.computed for s in self.shards)


def command_kind(command: list[str]) -> str:
    """'diluvsion' for ``sweep SCENARIO...``, 'troll-figure5' for ``reproduce troll-figure5 ...``, 'cascade' for
    ``reproduce cascade-figures ...``, 'calibrate' for ``calibrate ...``; else a ValueError. The previous release's
    names (``sweep troll-figure5``, ``cascade``) are still accepted."""
    head = command[:2] if command and command[0] == "reproduce" else command[:1]
    kinds = {("reproduce", "troll-figure5"): "troll-figure5", ("reproduce", "cascade-figures"): "cascade",
             ("cascade",): "cascade", ("calibrate",): "calibrate"}
    if tuple(head) not in kinds and head != ["sweep"]:
        raise ValueError(f"command {shlex.join(command) or '(none)'}; allowed: 'sweep SCENARIO...', "
                         "'sweep --all diluvsion', 'reproduce troll-figure5 ...', 'reproduce cascade-figures ...' "
                         "or 'calibrate ...'")
    for option in _RESERVED:
        if any(a == option or a.startswith(option + "=") for a in command):
            raise ValueError(f"{option} is set by the driver; allowed: leave it out of the command (use the driver's --out)")
    if tuple(head) in kinds:
        return kinds[tuple(head)]
    return "troll-figure5" if len(command) > 1 and command[1] == "troll-figure5" else "diluvsion"


def _java_command(command: list[str]) -> list[str]:
    java = launcher.find_java()
    opts = shlex.split(os.environ.get("INFOOPS_JAVA_OPTS", ""))
    return [java, *opts, "-jar", str(launcher.find_jar()), *command]


@ray.remote(num_cpus=0, max_restarts=0)
class _Progress:
    """Collects the shards' events (attempt started, item finished) for the driver's progress bar."""

    def __init__(self):
        self.events: list[dict] = []

    def add(self, event: dict) -> None:
        event["time"] = time.time()
        self.events.append(event)

    def since(self, n: int) -> list[dict]:
        return self.events[n:]


def _run_shard(command: list[str], kind: str, index: int, count: int, sweep_id: str, threads: int,
               progress, timeout: float) -> ShardResult:
    """Body of a shard task: runs the shard's JVM on this node and returns its directory as a tar archive."""
    shard_dir = Path(tempfile.gettempdir()) / f"infoops-sweep-{sweep_id}" / f"shard-{index}"
    args = [*command, "--shard", f"{index}/{count}", "--out", str(shard_dir)]
    if kind in ("diluvsion", "calibrate"):
        args += ["--threads", str(threads), "--no-progress"]
    elif kind == "cascade" and "--threads" not in command:
        args += ["--threads", str(threads)]
    node_id = ray.get_runtime_context().get_node_id()
    attempt = uuid.uuid4().hex[:12]  # Ray reuses worker processes: a pid does not name an attempt
    proc = launcher._get_spawner().popen(  # forked by a thread that lives as long as this worker: dies with it
        _java_command(args), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        preexec_fn=launcher._die_with_parent, close_fds=True)
    progress.add.remote({"kind": "started", "shard": index, "attempt": attempt, "pid": os.getpid(),
                         "jvm_pid": proc.pid, "node_id": node_id})
    lines: queue.Queue = queue.Queue()

    def pump():
        for raw in iter(proc.stdout.readline, b""):
            lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    tail: list[str] = []
    computed = None
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ShardFailed(f"shard {index}/{count} missed its deadline of {timeout:.0f} s")
            try:
                line = lines.get(timeout=min(remaining, 1.0))
            except queue.Empty:
                continue
            if line is None:
                break
            tail = (tail + [line])[-20:]
            if (m := _TO_COMPUTE.match(line)):
                computed = int(m.group(1))
                progress.add.remote({"kind": "to_compute", "shard": index, "n": computed, "attempt": attempt})
            elif _PROGRESS.match(line):
                progress.add.remote({"kind": "finished", "shard": index, "item": line, "attempt": attempt})
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    if code != 0:
        message = f"shard {index}/{count} exited with {code}: " + " | ".join(tail[-5:])
        raise ShardRejected(message) if code == 2 else ShardFailed(message)
    total = sum(1 for p in shard_dir.rglob("*") if p.is_file() and not p.name.startswith("."))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz", compresslevel=1) as tar:
        tar.add(shard_dir, arcname=".", filter=lambda t: None if Path(t.name).name.startswith(".staging-") else t)
    shutil.rmtree(shard_dir, ignore_errors=True)
    try:
        shard_dir.parent.rmdir()  # the sweep's folder on this node, once its last shard here is done
    except OSError:
        pass
    computed = computed or 0
    # Calls from one caller to an actor run in order: once this one has run, the driver sees every event above.
    try:
        ray.get(progress.add.remote({"kind": "done", "shard": index, "attempt": attempt}), timeout=60)
    except ray.exceptions.RayError:
        pass  # progress is for display: its loss must not fail the shard
    return ShardResult(index, buffer.getvalue(), computed, total - computed, node_id, os.getpid())


def run_sweep(command: list[str], out: str | Path, shards: int | None = None, retries: int = 3,
              cpus_per_shard: float = 1.0, task_timeout: float = 3600.0, timeout: float = 6 * 3600.0,
              ray_address: str | None = None, progress_bar: bool = True,
              on_event: Callable[[dict], None] | None = None) -> SweepReport:
    """Runs ``command`` sharded over the cluster and merges the shards into ``out``; returns what happened.
    ``on_event`` hears every shard event (started / to_compute / finished) as the driver sees it."""
    kind = command_kind(command)
    connect(ray_address)
    if shards is None:
        shards = max(1, int(ray.cluster_resources().get("CPU", 1) // max(cpus_per_shard, 1e-9)))
    if shards < 1:
        raise ValueError(f"shards={shards}; allowed: 1 or more")
    out = Path(out)
    sweep_id = uuid.uuid4().hex[:12]
    started = time.monotonic()
    # On the driver's node: the progress display lives and dies with the driver, not with a worker node.
    here = NodeAffinitySchedulingStrategy(node_id=ray.get_runtime_context().get_node_id(), soft=False)
    progress = _Progress.options(scheduling_strategy=here).remote()
    task = ray.remote(_run_shard).options(num_cpus=cpus_per_shard, max_retries=retries,
                                          retry_exceptions=[ShardFailed], scheduling_strategy="SPREAD")
    threads = max(1, int(cpus_per_shard))
    pending = {task.remote(command, kind, i, shards, sweep_id, threads, progress, task_timeout): i for i in range(shards)}
    bar = _bar(progress_bar, kind)
    results: dict[int, ShardResult] = {}
    events: list[dict] = []
    try:
        deadline = time.monotonic() + timeout
        while pending:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the sweep did not finish within {timeout:.0f} s; {len(pending)} shards pending")
            ready, _ = ray.wait(list(pending), num_returns=1, timeout=0.25)
            fresh = ray.get(progress.since.remote(len(events)), timeout=60)
            for e in fresh:
                events.append(e)
                if bar is not None:
                    if e["kind"] == "to_compute":
                        bar.total = (bar.total or 0) + e["n"]
                        bar.refresh()
                    elif e["kind"] == "finished":
                        bar.update(1)
                if on_event is not None:
                    on_event(e)
            for ref in ready:
                index = pending.pop(ref)
                results[index] = ray.get(ref, timeout=600)
    except BaseException:
        for ref in pending:
            ray.cancel(ref, force=True)
        raise
    finally:
        if bar is not None:
            bar.close()
        ray.kill(progress)
    failed_attempts = sum(1 for e in events if e["kind"] == "started") - shards
    # A calibration's merge finishes the calibration (CMA-ES, before/after sweeps): it gets what is left of --timeout.
    merge_timeout = max(60.0, timeout - (time.monotonic() - started)) if kind == "calibrate" else 3600.0
    printed = _merge(command, kind, out, [results[i] for i in range(shards)], sweep_id, merge_timeout)
    return SweepReport(out, [results[i] for i in range(shards)], max(0, failed_attempts),
                       time.monotonic() - started, events, printed, sweep_id)


def _merge(command: list[str], kind: str, out: Path, shards: list[ShardResult], sweep_id: str,
           timeout: float = 3600.0) -> str:
    """Unpacks the shards beside ``out`` and lets the Java command merge them into ``out`` (atomically, as always);
    returns what the command printed (e.g. Table 1)."""
    work = out.absolute().parent / f".infoops-shards-{sweep_id}"
    try:
        dirs = []
        for s in shards:
            d = work / f"shard-{s.index}"
            d.mkdir(parents=True)
            with tarfile.open(fileobj=io.BytesIO(s.archive), mode="r:gz") as tar:
                tar.extractall(d, filter="data")
            dirs.append(str(d))
        args = [*command, "--merge", *dirs, "--out", str(out)]
        if kind in ("diluvsion", "calibrate"):
            args.append("--no-progress")
        done = subprocess.run(_java_command(args), stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"merging the shards failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}")
        return done.stdout
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _bar(enabled: bool, kind: str):
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    unit = {"diluvsion": " runs", "troll-figure5": " seeds", "cascade": " points", "calibrate": " candidates"}[kind]
    return tqdm(total=0, unit=unit, desc="sweep", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m infoops_env.ray.sweep",
        description="Runs an InfoOps Gym sweep sharded over a Ray cluster and merges the shards into the files "
                    "a single machine writes. JAVA_COMMAND is the command as for the jar, without --out.")
    parser.add_argument("--address", default="auto", help="Ray cluster address: 'auto', 'host:port', or 'local' for a local Ray (default: auto)")
    parser.add_argument("--out", required=True, help="output directory, as the command's --out")
    parser.add_argument("--shards", type=int, default=None, help="shards (default: the cluster's CPUs / --cpus-per-shard)")
    parser.add_argument("--cpus-per-shard", type=float, default=1.0, help="CPUs a shard task reserves; also its JVM's threads (default: 1)")
    parser.add_argument("--retries", type=int, default=3, help="retries of a failed or lost shard task (default: 3)")
    parser.add_argument("--task-timeout", type=float, default=3600.0, help="seconds one shard attempt may take (default: 3600)")
    parser.add_argument("--timeout", type=float, default=6 * 3600.0, help="seconds the whole sweep may take (default: 21600)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("command", nargs=argparse.REMAINDER, metavar="JAVA_COMMAND")
    a = parser.parse_args(argv)
    try:
        command_kind(a.command)
    except ValueError as e:
        parser.error(str(e))
    report = run_sweep(a.command, a.out, a.shards, a.retries, a.cpus_per_shard, a.task_timeout, a.timeout,
                       None if a.address == "local" else a.address, not a.no_progress)
    sys.stdout.write(report.merge_output)
    nodes = len({s.node_id for s in report.shards})
    print(f"merged {len(report.shards)} shards from {nodes} node(s) into {report.out} in {report.seconds:.1f} s; "
          f"{report.failed_attempts} failed attempt(s) retried")
    return 0


if __name__ == "__main__":
    sys.exit(main())
