"""Compares moderators on cascade/moderator-v0 at equal budget, seed-paired: a PPO checkpoint (greedy), the paper's
static rule (block the top-k spreaders of a base simulation before the cascade, k = budget / block_cost; env option
static_block), a greedy layer rule (block every offered candidate while the budget lasts) and doing nothing.

    python agents/cascade_compare.py --checkpoint runs/<run>/agent.pt --seeds 1000-1099

Per policy: mean return and mean infections with 95% Student-t intervals; margins: PPO minus each other policy,
paired by seed (the same seed gives the same cascade randomness), with the t interval of the mean paired difference.
Writes <out>/cascade_moderator_comparison.md and cascade_moderator_per_seed.csv.
"""
from __future__ import annotations

import argparse
import csv
import json
import os

import gymnasium
import numpy as np

import infoops_env  # noqa: F401  (registers the ids)
from infoops_env.components import build_action
from common import mean_ci, parse_seeds

ENV_ID = "cascade/moderator-v0"
DEFAULT_OPTIONS = {"scenario": "cascade/small", "budget": 10.0}


def batched(obs):
    """One observation as a batch of one (what ppo.flatten_obs expects)."""
    return {k: np.expand_dims(v, 0) for k, v in obs.items()} if isinstance(obs, dict) else np.expand_dims(obs, 0)


def episode(env, seed: int, act) -> tuple[float, float]:
    obs, info = env.reset(seed=seed)
    total, done = 0.0, False
    while not done:
        obs, reward, terminated, truncated, info = env.step(act(obs))
        total += float(reward)
        done = terminated or truncated
    return total, float(info["infected"])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", default=None, help="agent.pt from ppo.py (omit to compare the rules only)")
    p.add_argument("--seeds", default="1000-1099", help="evaluation seeds, e.g. 1000-1099 (default: %(default)s)")
    p.add_argument("--env-options", default=None, help="JSON laid over the checkpoint's options (or the defaults)")
    p.add_argument("--address", default=None, help="host:port of a running server (default: start one)")
    p.add_argument("--out", default="agents/results", help="directory for the table (default: %(default)s)")
    args = p.parse_args()
    seeds = parse_seeds(args.seeds)

    agent = None
    options = dict(DEFAULT_OPTIONS)
    if args.checkpoint:
        import torch

        from ppo import flatten_obs, load_agent

        agent, meta = load_agent(args.checkpoint)
        options = dict(meta.get("env_options", options))
    if args.env_options:
        options.update(json.loads(args.env_options))
    k = int(options.get("budget", 10.0) // options.get("block_cost", 1.0))

    env = gymnasium.make(ENV_ID, address=args.address, options=options)
    static_env = gymnasium.make(ENV_ID, address=args.address, options={**options, "static_block": k})
    nothing = build_action(env.action_space, {"block*": "keep", "inoculate": "none"})
    block_all = build_action(env.action_space, {"block*": "block", "inoculate": "none"})
    policies = {
        "nothing": (env, lambda obs: nothing),
        f"static-rule(top-{k})": (static_env, lambda obs: nothing),
        "greedy-layer": (env, lambda obs: block_all),
    }
    if agent is not None:
        def ppo_act(obs):
            x = torch.tensor(flatten_obs(env.observation_space, batched(obs)))
            return agent.act(x, greedy=True)[0].numpy().astype(np.int64)

        policies = {"ppo": (env, ppo_act), **policies}
    results = {}
    try:
        for name, (e, act) in policies.items():
            results[name] = np.array([episode(e, s, act) for s in seeds])  # (seeds, [return, infections])
    finally:
        env.close()
        static_env.close()

    lines = [f"`{ENV_ID}` with options `{json.dumps(options, sort_keys=True)}`, seeds {args.seeds} "
             f"({len(seeds)} episodes per policy; 95% Student-t intervals).", "",
             "| policy | mean return | mean infections |", "|---|---|---|"]
    for name, r in results.items():
        lines.append(f"| {name} | {mean_ci(r[:, 0])} | {mean_ci(r[:, 1])} |")
    first = next(iter(results))
    lines += ["", f"Paired by seed: {first} minus each other policy.", "",
              "| comparison | return difference | infections difference |", "|---|---|---|"]
    for name, r in list(results.items())[1:]:
        d = results[first] - r
        lines.append(f"| {first} - {name} | {mean_ci(d[:, 0])} | {mean_ci(d[:, 1])} |")
    text = "\n".join(lines)
    print(text)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "cascade_moderator_comparison.md"), "w") as fh:
        fh.write("# cascade/moderator-v0: moderators at equal budget\n\n" + text + "\n")
    with open(os.path.join(args.out, "cascade_moderator_per_seed.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["seed", "policy", "return", "infections"])
        for name, r in results.items():
            for s, (ret, inf) in zip(seeds, r):
                w.writerow([s, name, ret, inf])


if __name__ == "__main__":
    main()
