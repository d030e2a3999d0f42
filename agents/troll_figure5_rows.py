"""Adds two learned policies as rows of the troll paper's Figure 5, on the sweep's own protocol:

- ppo_influencer: a PPO checkpoint (agents/ppo.py) trained on troll/influencer-v0 (one agent decides every post);
- ippo_federated: an IPPO checkpoint (agents/ippo_troll.py) trained on troll/influencers-v0 (every influencer its
  own agent, shared parameters, federated rounds of the attack classifier across the influencers).

Both are evaluated with ``protocol=figure5``: a reset with seed r is the sweep's run r (same scenario, same world,
same 6 training months with no rescheduling, the same 3 evaluation months), and the episode's attacks on
influencers are counted as the sweep counts them. Policies act greedily. Before that, a post-now episode per run
must reproduce the sweep's "none" attacks exactly (``--no-check`` skips it), so the rows are apples-to-apples.

    java -jar target/infoops-gym.jar reproduce troll-figure5 --scenario troll/small --runs 5 --federated-row --out runs/fig5
    python agents/troll_figure5_rows.py --sweep runs/fig5 --ppo runs/ppo/agent.pt --ippo runs/ippo/agent.pt \
        --out runs/fig5-rl

``--add DIR`` takes the rows an earlier run of the script wrote into DIR (on the same sweep, checked) instead of
evaluating them again, so slow evaluations can run as soon as their checkpoint exists (troll/default).

Writes into --out the sweep's four files with the new rows added (figure5_runs.csv: condition,seed,attacks,
postponed; figure5.csv: condition,seeds,mean_attacks,ci95_low,ci95_high,mean_postponed; figure5_paired.csv:
condition,minus,mean_difference,ci95_low,ci95_high; figure5.png: every row with its 95% Student-t interval).
"""
from __future__ import annotations

import argparse
import csv
import os
from collections import OrderedDict

import numpy as np

from common import mean_ci


def read_runs(sweep: str) -> list[dict]:
    with open(os.path.join(sweep, "figure5_runs.csv")) as fh:
        return [dict(r, attacks=int(r["attacks"]), postponed=int(r["postponed"])) for r in csv.DictReader(fh)]


def figure5_options(checkpoint: dict, scenario: str) -> dict:
    options = dict(checkpoint.get("env_options") or {})
    options.update({"scenario": scenario, "protocol": "figure5"})
    return options


def single_agent_episode(env, act, seed: int) -> dict:
    obs, info = env.reset(seed=seed)
    done = False
    while not done:
        obs, _, terminated, truncated, info = env.step(act(obs))
        done = terminated or truncated
    return info


def evaluate_ppo(path: str, scenario: str, runs: int) -> list[dict]:
    import torch

    import infoops_env
    from ppo import flatten_obs, load_agent

    agent, checkpoint = load_agent(path)
    env = infoops_env.InfoOpsEnv("troll/influencer-v0", options=figure5_options(checkpoint, scenario))
    space = env.observation_space

    def act(obs):
        x = torch.tensor(flatten_obs(space, {k: np.asarray(v)[None] for k, v in obs.items()}))
        return int(agent.act(x)[0, 0])

    try:
        return [single_agent_episode(env, act, r) for r in range(runs)]
    finally:
        env.close()


def evaluate_ippo(path: str, scenario: str, runs: int) -> list[dict]:
    import infoops_env
    from ippo_troll import run_episode
    from ppo import load_agent

    agent, checkpoint = load_agent(path)
    env = infoops_env.parallel_env("troll/influencers-v0", options=figure5_options(checkpoint, scenario))
    space = env.observation_space(env.possible_agents[0])
    try:
        return [run_episode(env, agent, space, r, 1.0, greedy=True, learn=False)[2] for r in range(runs)]
    finally:
        env.close()


def evaluate_classifier_12h(scenario: str, runs: int) -> list[dict]:
    """Reference (not learned): the sweep's 6-month classifier as the observation's prediction, but postponing by
    12 hours (troll/influencer-v0's action 4) instead of the sweep's random minute within 7 days."""
    import infoops_env

    env = infoops_env.InfoOpsEnv("troll/influencer-v0", options={"scenario": scenario, "protocol": "figure5",
                                                                 "prediction": True})
    try:
        return [single_agent_episode(env, lambda obs: 4 if float(np.asarray(obs["prediction"])[0]) > 0.5 else 0, r)
                for r in range(runs)]
    finally:
        env.close()


def check_post_now(scenario: str, none: list[int]) -> None:
    """A post-now episode of run r must suffer exactly the sweep's no-rescheduling attacks of run r."""
    import infoops_env

    env = infoops_env.InfoOpsEnv("troll/influencer-v0", options={"scenario": scenario, "protocol": "figure5"})
    try:
        for r, expected in enumerate(none):
            got = int(single_agent_episode(env, lambda obs: 0, r)["attacks_in_episode"])
            if got != expected:
                raise SystemExit(f"run {r}: post-now episode has {got} attacks, the sweep's none has {expected}: "
                                 "not the sweep's protocol (other scenario or runs?)")
            print(f"check run {r}: post-now {got} attacks = sweep none {expected}", flush=True)
    finally:
        env.close()


def summarise(rows: list[dict]) -> "OrderedDict[str, list[dict]]":
    by: OrderedDict[str, list[dict]] = OrderedDict()
    for r in rows:
        by.setdefault(r["condition"], []).append(r)
    return by


def write(out: str, rows: list[dict], title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    os.makedirs(out, exist_ok=True)
    by = summarise(rows)
    with open(os.path.join(out, "figure5_runs.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["condition", "seed", "attacks", "postponed"])
        w.writerows([r["condition"], r["seed"], r["attacks"], r["postponed"]] for r in rows)
    summary = []
    with open(os.path.join(out, "figure5.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["condition", "seeds", "mean_attacks", "ci95_low", "ci95_high", "mean_postponed"])
        for c, rs in by.items():
            ci = mean_ci([r["attacks"] for r in rs])
            summary.append((c, ci))
            w.writerow([c, len(rs), f"{ci.mean:.2f}", f"{ci.low:.2f}", f"{ci.high:.2f}",
                        f"{np.mean([r['postponed'] for r in rs]):.1f}"])
    with open(os.path.join(out, "figure5_paired.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["condition", "minus", "mean_difference", "ci95_low", "ci95_high"])
        for c, rs in by.items():
            for base in ("none", "perfect"):
                if c == base or base not in by:
                    continue
                b = {r["seed"]: r["attacks"] for r in by[base]}
                ci = mean_ci([r["attacks"] - b[r["seed"]] for r in rs])
                w.writerow([c, base, f"{ci.mean:.2f}", f"{ci.low:.2f}", f"{ci.high:.2f}"])
    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    names = [c for c, _ in summary]
    means = [ci.mean for _, ci in summary]
    colours = ["C1" if c in NEW_ROWS else "C2" if c == "classifier_12h" else "C0" for c in names]
    ax.bar(names, means, color=colours, yerr=[ci.high - ci.mean for _, ci in summary], capsize=4)
    ax.set_ylabel(f"attacks (mean, 95% CI over {len(by['none'])} seeds)")
    ax.set_xlabel("experiment (orange: learned policies; green: fixed 12-hour reference; blue: the sweep)")
    ax.set_title(title, fontsize=10)
    ax.tick_params(axis="x", rotation=30)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(os.path.join(out, "figure5.png"))
    plt.close(fig)


NEW_ROWS = ("ppo_influencer", "ippo_federated")


def added_rows(dirs: list[str], sweep_rows: list[dict]) -> list[dict]:
    """The rows an earlier run of this script added (conditions not in the sweep), from each of dirs; its sweep
    rows must be this sweep's, seed by seed, so the added rows belong to the same worlds."""
    sweep = {(r["condition"], r["seed"], r["attacks"], r["postponed"]) for r in sweep_rows}
    conditions = {r["condition"] for r in sweep_rows}
    new: list[dict] = []
    for d in dirs:
        rows = read_runs(d)
        theirs = {(r["condition"], r["seed"], r["attacks"], r["postponed"]) for r in rows if r["condition"] in conditions}
        if theirs != sweep:
            raise SystemExit(f"--add {d}: its sweep rows are not this sweep's")
        for r in rows:
            if r["condition"] not in conditions:
                if any(n["condition"] == r["condition"] and n["seed"] == r["seed"] for n in new):
                    raise SystemExit(f"--add {d}: {r['condition']} seed {r['seed']} given twice")
                new.append(r)
                print(f"{r['condition']} seed {r['seed']}: {r['attacks']} attacks, {r['postponed']} postponed "
                      f"(from {d})", flush=True)
    return new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sweep", required=True, help="output directory of reproduce troll-figure5")
    ap.add_argument("--scenario", default="troll/small", help="the sweep's --scenario")
    ap.add_argument("--ppo", help="ppo.py checkpoint trained on troll/influencer-v0")
    ap.add_argument("--ippo", help="ippo_troll.py checkpoint trained on troll/influencers-v0")
    ap.add_argument("--classifier-12h", action="store_true",
                    help="also the reference row classifier_12h (p > 0.5: postpone 12 h; fixed, not learned)")
    ap.add_argument("--no-check", action="store_true", help="skip the post-now = sweep none check")
    ap.add_argument("--add", action="append", default=[], metavar="DIR",
                    help="an earlier --out of this script on the same sweep: its added rows (conditions not in the "
                         "sweep) are taken as they are, not evaluated again (repeatable)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    rows = read_runs(args.sweep)
    seeds = [r["seed"] for r in rows if r["condition"] == "none"]  # run r's seed, in run order
    if not args.no_check:
        check_post_now(args.scenario, [r["attacks"] for r in rows if r["condition"] == "none"])
    new = added_rows(args.add, rows)
    policies = [("ppo_influencer", args.ppo, evaluate_ppo), ("ippo_federated", args.ippo, evaluate_ippo),
                ("classifier_12h", args.classifier_12h, lambda _, scenario, runs: evaluate_classifier_12h(scenario, runs))]
    for name, path, evaluate in policies:
        if not path:
            continue
        if any(r["condition"] == name for r in new):
            raise SystemExit(f"{name} is both evaluated and taken from --add")
        for r, info in enumerate(evaluate(path, args.scenario, len(seeds))):
            new.append({"condition": name, "seed": seeds[r], "attacks": int(info["attacks_in_episode"]),
                        "postponed": int(info["postponed"])})
            print(f"{name} run {r}: {new[-1]['attacks']} attacks, {new[-1]['postponed']} postponed", flush=True)
    # the learned rows go before "perfect", the bound every policy is compared with
    ordered = [r for r in rows if r["condition"] != "perfect"] + new + [r for r in rows if r["condition"] == "perfect"]
    write(args.out, ordered, f"Bot attacks on influencers in the evaluation months ({args.scenario}), "
                             "with PPO and federated IPPO rows")
    for c, rs in summarise(ordered).items():
        print(f"{c:16s} {mean_ci([r['attacks'] for r in rs])}")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
