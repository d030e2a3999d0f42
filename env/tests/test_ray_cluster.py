"""Against a real two-node Ray cluster on loopback (tests/ray_cluster.py): RayVectorEnv gives the local vector env's
trajectories whatever the number of workers, PPO trains over it as it does locally, sharded sweeps merge into the
single-machine files, killed tasks and workers are survived, and ``ray stop`` leaves no process behind.

Takes a few minutes. Set INFOOPS_SKIP_RAY_CLUSTER=1 to skip it locally; under CI (CI set) it never skips, and a
missing Ray fails it. Its last step is ``ray stop``, which stops every Ray process of the machine: do not run it
beside another Ray cluster of yours."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest

from ray_cluster import LoopbackCluster, wait_gone

import infoops_env
from infoops_env.launcher import find_java, find_jar

REPO = Path(__file__).resolve().parents[2]
SMALL_FLEET = {"scenario": "diluvsion/small", "objective": "shrink_majority"}
# Wall-clock figures of summary.json (sweep; cascade): they differ between any two runs, even on one machine.
TIMING_KEYS = ("wallSeconds", "runSeconds", "seconds")


def _unavailable(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; the Ray cluster tests never skip in CI")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def cluster():
    if os.environ.get("INFOOPS_SKIP_RAY_CLUSTER") == "1" and not os.environ.get("CI"):
        pytest.skip("INFOOPS_SKIP_RAY_CLUSTER=1")
    try:
        import ray  # noqa: F401
    except ImportError:
        _unavailable("Ray is not installed (pip install './env[ray]'; scripts/python-setup.sh does)")
    c = LoopbackCluster(cpus_per_node=1)
    try:
        c.start()
        from infoops_env.ray import connect

        connect(c.address)
        c.jvm_pids = set()
        yield c
    finally:
        import ray

        ray.shutdown()
        c.stop()
        c.cleanup()


def _java(*args: str, timeout: float = 600) -> str:
    done = subprocess.run([find_java(), "-jar", str(find_jar()), *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _assert_same_outputs(single: Path, merged: Path) -> int:
    """Every file of the single-machine run is in the merge with the same bytes; summary.json the same but for
    its wall-clock timings. Returns how many files were compared."""
    files = sorted(p.relative_to(single) for p in single.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert files, f"nothing written in {single}"
    merged_files = sorted(p.relative_to(merged) for p in merged.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert merged_files == files
    for f in files:
        a, b = (single / f).read_bytes(), (merged / f).read_bytes()
        if f.name == "summary.json":
            ja, jb = json.loads(a), json.loads(b)
            for key in TIMING_KEYS:
                ja.pop(key, None), jb.pop(key, None)
            assert ja == jb, f
        else:
            assert a == b, f"{f} differs between the single-machine run and the merged shards"
    return len(files)


def _rollout(env, seed: int, actions: list) -> list:
    obs, _ = env.reset(seed=seed)
    out = [obs]
    for a in actions:
        obs, reward, terminated, truncated, _ = env.step(a)
        out.append((obs, reward, terminated, truncated))
    return out


def _assert_same_rollouts(a: list, b: list) -> None:
    for x, y in zip(a, b, strict=True):
        for part_x, part_y in zip(x if isinstance(x, tuple) else (x,), y if isinstance(y, tuple) else (y,)):
            if isinstance(part_x, dict):
                assert part_x.keys() == part_y.keys()
                for k in part_x:
                    np.testing.assert_array_equal(part_x[k], part_y[k])
            else:
                np.testing.assert_array_equal(part_x, part_y)


def test_ray_vector_env_gives_the_local_trajectories_on_one_or_two_workers(cluster, address):
    from infoops_env.ray import RayVectorEnv

    local = infoops_env.InfoOpsVectorEnv("diagnostic/bandit-v0", 4, seed=11, address=address)
    try:
        local.action_space.seed(5)
        actions = [local.action_space.sample() for _ in range(60)]  # past the 50-step episodes: autoreset too
        expected = _rollout(local, 11, actions)
    finally:
        local.close()
    for workers in (1, 2):
        env = RayVectorEnv("diagnostic/bandit-v0", 4, seed=11, num_workers=workers)
        try:
            assert env.single_observation_space == local.single_observation_space
            assert env.single_action_space == local.single_action_space
            assert env.metadata["autoreset_mode"] == local.metadata["autoreset_mode"]
            infos = env.worker_infos()
            cluster.jvm_pids.update(i["jvm_pid"] for i in infos)
            assert len({i["node_id"] for i in infos}) == workers, "SPREAD bundles put the workers on different nodes"
            _assert_same_rollouts(expected, _rollout(env, 11, actions))
        finally:
            env.close()


def _assert_same(x, y) -> None:
    if isinstance(x, tuple):
        assert len(x) == len(y)
        for a, b in zip(x, y):
            _assert_same(a, b)
    elif isinstance(x, dict):
        assert x.keys() == y.keys()
        for k in x:
            _assert_same(x[k], y[k])
    else:
        np.testing.assert_array_equal(x, y)


def test_ray_parallel_env_gives_the_local_multi_agent_trajectory(cluster, address):
    from infoops_env.ray import RayParallelEnv

    local = infoops_env.parallel_env("diagnostic/coordination-v0", seed=3, address=address)
    remote = RayParallelEnv("diagnostic/coordination-v0", seed=3)
    try:
        assert remote.possible_agents == local.possible_agents
        assert remote.observation_spaces == local.observation_spaces and remote.action_spaces == local.action_spaces
        _assert_same(local.reset(seed=4), remote.reset(seed=4))
        steps = 0
        while local.agents:
            actions = {a: local.action_space(a).sample() for a in local.agents}
            _assert_same(local.step(actions), remote.step(actions))
            assert remote.agents == local.agents
            steps += 1
        assert steps > 1
        cluster.jvm_pids.update(i["jvm_pid"] for i in remote.pool.infos)
    finally:
        local.close()
        remote.close()


def test_ppo_trains_over_ray_like_it_does_locally(cluster, tmp_path):
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(REPO / "agents"), os.environ.get("PYTHONPATH", "")]))
    common = [sys.executable, str(REPO / "agents" / "ppo.py"), "--env-options", json.dumps(SMALL_FLEET),
              "--num-envs", "2", "--num-steps", "14", "--total-timesteps", "56", "--update-epochs", "2",
              "--seed", "3", "--run-dir", str(tmp_path)]
    runs = {}
    for name, extra in (("ray", ["--ray-address", cluster.address]), ("local", [])):
        done = subprocess.run([*common, "--run-name", name, *extra], capture_output=True, text=True, env=env,
                              timeout=400, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "iter 2/2" in done.stdout
        runs[name] = (tmp_path / name / "episodes.csv").read_text()
        assert (tmp_path / name / "agent.pt").is_file()
    assert runs["ray"].count("\n") >= 3  # header and the episodes of two updates
    assert runs["ray"] == runs["local"], "same seeds, same episodes over Ray as locally"


def test_sharded_sweep_merges_into_the_single_machine_files(cluster, tmp_path):
    from infoops_env.ray.sweep import run_sweep

    command = ["sweep", "diluvsion/small", "--runs", "4", "--steps", "200"]
    _java(*command, "--out", str(tmp_path / "single"), "--threads", "1", "--no-progress")
    report = run_sweep(command, tmp_path / "merged", shards=3, progress_bar=False)
    assert len({s.node_id for s in report.shards}) == 2, "the shards ran on both nodes"
    assert report.failed_attempts == 0 and report.computed == 4
    assert _assert_same_outputs(tmp_path / "single", tmp_path / "merged") >= 10
    assert not list(tmp_path.glob(".infoops-shards-*")), "the shard archives are removed after the merge"


def test_sharded_troll_figure5_merges_into_the_single_machine_files(cluster, tmp_path):
    from infoops_env.ray.sweep import run_sweep

    command = ["reproduce", "troll-figure5", "--scenario", "troll/small", "--runs", "2", "--months", "1"]
    _java(*command, "--out", str(tmp_path / "single"))
    report = run_sweep(command, tmp_path / "merged", shards=2, progress_bar=False)
    assert report.computed == 2
    assert _assert_same_outputs(tmp_path / "single", tmp_path / "merged") == 4


def test_sharded_cascade_merges_into_the_single_machine_files(cluster, tmp_path):
    from infoops_env.ray.sweep import run_sweep

    command = ["reproduce", "cascade-figures", "cascade/small", "--trials", "40"]
    _java(*command, "--out", str(tmp_path / "single"), "--threads", "1")
    report = run_sweep(command, tmp_path / "merged", shards=2, progress_bar=False)
    assert report.computed == 14  # 5 blocking, 3 inoculation and 6 topic points (scenarios/cascade/small.yaml)
    assert _assert_same_outputs(tmp_path / "single", tmp_path / "merged") >= 15


def test_a_killed_shard_task_is_retried_and_the_sweep_is_unchanged(cluster, tmp_path):
    from infoops_env.ray.sweep import run_sweep

    # Eight weeks per run: the shard's two runs left after its first outlast the driver's look at the events.
    command = ["sweep", "diluvsion/small", "--runs", "6", "--steps", "2688"]
    _java(*command, "--out", str(tmp_path / "single"), "--threads", "1", "--no-progress")
    killed: dict = {}
    started: dict[int, dict] = {}

    def kill_first_attempt(event):
        if event["kind"] == "started":
            started.setdefault(event["shard"], event)
        if event["kind"] == "finished" and event["shard"] == 0 and not killed:
            victim = started[0]
            os.kill(victim["pid"], signal.SIGKILL)  # the Ray worker running the task; its JVM must die with it
            killed.update(victim, at=time.time())

    report = run_sweep(command, tmp_path / "merged", shards=2, progress_bar=False, on_event=kill_first_attempt)
    assert killed, "the shard finished before it could be killed"
    assert report.failed_attempts == 1
    assert wait_gone([killed["jvm_pid"]], 30) == [], "the killed task's JVM outlived it"
    _assert_same_outputs(tmp_path / "single", tmp_path / "merged")
    retry = next(e for e in report.events if e["kind"] == "started" and e["shard"] == 0 and e["attempt"] != killed["attempt"])
    first_done = next(e for e in report.events if e["kind"] == "finished" and e["attempt"] == retry["attempt"])
    done_by_killed = sum(1 for e in report.events if e["kind"] == "finished" and e["attempt"] == killed["attempt"])
    shard0 = report.shards[0]
    print(f"\nfault (sweep task SIGKILL): retry started {retry['time'] - killed['at']:.1f} s after the kill, its "
          f"first run finished {first_done['time'] - killed['at']:.1f} s after; the killed attempt had finished "
          f"{done_by_killed} run(s); the retry computed {shard0.computed} and reused {shard0.reused} "
          f"(retry on {'the same' if retry['node_id'] == killed['node_id'] else 'the other'} node; both nodes share /tmp here)")
    # Both loopback nodes share this machine's /tmp, so the retry finds what the killed attempt wrote on either.
    assert shard0.reused >= done_by_killed, "a retry keeps the runs the killed attempt had written"
    assert shard0.computed + shard0.reused == 3


def test_a_lost_node_costs_a_retry_not_the_sweep(cluster, tmp_path):
    import ray

    from infoops_env.ray.sweep import run_sweep

    # Three weeks per run, so a shard's JVM outlives the driver's next look at the events by seconds.
    command = ["sweep", "diluvsion/small", "--runs", "6", "--steps", "1008"]
    _java(*command, "--out", str(tmp_path / "single"), "--threads", "1", "--no-progress")
    known = {n["NodeID"] for n in ray.nodes()}
    raylet = cluster.add_node()
    deadline = time.monotonic() + 60
    while not (new := [n["NodeID"] for n in ray.nodes() if n["Alive"] and n["NodeID"] not in known]):
        assert time.monotonic() < deadline, "the third node never joined"
        time.sleep(0.5)
    lost: dict = {}

    def stop_the_new_node(event):
        # As soon as the driver hears that a shard started there: waiting for its first finished run raced the
        # shard's end (its last run took a fraction of a second), and a shard that ends first leaves nothing to retry.
        if event["kind"] == "started" and not lost and event["node_id"] == new[0]:
            for pid in cluster.node_processes(raylet):  # the node goes as in a power cut, but for its JVMs
                os.kill(pid, signal.SIGKILL)
            lost.update(event, at=time.time())

    report = run_sweep(command, tmp_path / "merged", shards=3, progress_bar=False, on_event=stop_the_new_node)
    assert lost, "no shard ran on the third node"
    late = [e for e in report.events if e["kind"] == "done" and e["attempt"] == lost["attempt"]]
    assert not late, f"the shard on the third node ended {late[0]['time'] - lost['at']:+.1f} s from the kill"
    assert report.failed_attempts >= 1
    assert new[0] not in {s.node_id for s in report.shards}
    _assert_same_outputs(tmp_path / "single", tmp_path / "merged")
    assert wait_gone([lost["jvm_pid"]], 60) == [], "a JVM outlived its node"
    # The lost node's attempt may have written into its temp dir (here this machine's) until its JVM went.
    shutil.rmtree(Path(tempfile.gettempdir()) / f"infoops-sweep-{report.sweep_id}", ignore_errors=True)
    retry = next(e for e in report.events if e["kind"] == "started" and e["shard"] == lost["shard"]
                 and e["attempt"] != lost["attempt"])
    print(f"\nfault (node lost): shard {lost['shard']} restarted on another node {retry['time'] - lost['at']:.1f} s "
          f"after its node's raylet was killed; the sweep took {report.seconds:.1f} s")


def test_a_killed_worker_truncates_its_sub_envs_and_the_vector_env_carries_on(cluster):
    from infoops_env.ray import RayVectorEnv

    env = RayVectorEnv("diagnostic/bandit-v0", 4, seed=21, num_workers=2, step_timeout=60)
    try:
        env.reset(seed=21)
        env.action_space.seed(1)
        for _ in range(3):
            env.step(env.action_space.sample())
        victim = env.worker_infos()[0]
        cluster.jvm_pids.add(victim["jvm_pid"])
        os.kill(victim["pid"], signal.SIGKILL)
        t0 = time.monotonic()
        _, rewards, terminated, truncated, info = env.step(env.action_space.sample())
        recovery = time.monotonic() - t0
        assert truncated[:2].all() and not truncated[2:].any() and not terminated[:2].any()
        assert info["_lost"].tolist() == [True, True, False, False]
        assert "worker 0" in info["lost"][0] and "lost" in info["lost"][0]
        assert rewards[:2].tolist() == [0.0, 0.0]
        assert wait_gone([victim["jvm_pid"]], 30) == [], "the killed worker's JVM outlived it"
        replacement = env.worker_infos()[0]
        cluster.jvm_pids.add(replacement["jvm_pid"])
        assert replacement["pid"] != victim["pid"] and env.lost_workers == 1
        _, _, _, truncated, info = env.step(env.action_space.sample())  # sub-envs 0, 1 start new episodes
        assert not truncated.any() and "lost" not in info
        for _ in range(5):
            env.step(env.action_space.sample())
        print(f"\nfault (worker SIGKILL): the step that found the worker lost and re-created it took {recovery:.1f} s; "
              f"work redone: the 2 lost sub-environments' episodes (truncated after 4 steps)")
    finally:
        env.close()


def test_ray_stop_leaves_no_ray_process_and_no_jvm(cluster):
    import ray

    ray.shutdown()
    assert cluster.jvm_pids, "the earlier tests recorded the workers' JVMs"
    left = cluster.stop()
    assert left == {}, f"left running after ray stop: {left}"
    assert wait_gone(cluster.jvm_pids, 5) == []
