"""Compares a trained PPO checkpoint with the random agent and the paper's fixed tactic on the same evaluation
seeds (one episode per seed and policy; use seeds the training never used, the default 1000.. is far from
ppo.py's training streams), and writes the table as CSV and Markdown.

    python agents/compare.py --checkpoint runs/<run>/agent.pt --seeds 1000-1019

Per policy: mean return with its 95% Student-t confidence interval. Margins: PPO minus each baseline, paired
by seed (the same seed builds the same world and graph), with the t interval of the mean paired difference.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import time

import numpy as np

from common import ENV_ID, HeuristicPolicy, RandomPolicy, evaluate, mean_ci, parse_seeds


class PPOPolicy:
    """A policy trained by ppo.py: the most likely action per head (greedy) or a sampled one."""

    def __init__(self, checkpoint: str, observation_space, action_space, greedy: bool = True):
        import torch

        from ppo import flatten_obs, load_agent, to_env_action

        self.torch, self.flatten_obs, self.to_env_action = torch, flatten_obs, to_env_action
        self.agent, self.checkpoint = load_agent(checkpoint)
        self.observation_space, self.action_space, self.greedy = observation_space, action_space, greedy
        self.name = "ppo" if greedy else "ppo-sampled"

    def begin(self, seeds) -> None:
        self.torch.manual_seed(int(seeds[0]))

    def act(self, observations) -> np.ndarray:
        x = self.torch.tensor(self.flatten_obs(self.observation_space, observations))
        return self.to_env_action(self.action_space, self.agent.act(x, greedy=self.greedy).numpy())


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--checkpoint", required=True, help="agent.pt written by ppo.py")
    p.add_argument("--env-options", default=None,
                   help="JSON object laid over the options the checkpoint was trained with (default: those)")
    p.add_argument("--seeds", default="1000-1019", help='evaluation seeds: "1000-1019" or "1,2,3"')
    p.add_argument("--num-envs", type=int, default=4, help="episodes stepped together in one batched call")
    p.add_argument("--mode", choices=["greedy", "sample"], default="greedy",
                   help="PPO acts by its most likely action per head (greedy) or samples its policy")
    p.add_argument("--out", default=None, help="directory for comparison.csv/.md/per_seed.csv (default: beside the checkpoint)")
    p.add_argument("--address", default=None, help="host:port of a running server (default: start a local one)")
    args = p.parse_args()

    import torch
    from infoops_env import InfoOpsVectorEnv

    checkpoint = torch.load(args.checkpoint, map_location="cpu", weights_only=False)
    env_id = checkpoint.get("env_id", ENV_ID)
    options = dict(checkpoint.get("env_options", {}))
    if args.env_options:
        options.update(json.loads(args.env_options))
    seeds = parse_seeds(args.seeds)
    out = args.out or os.path.dirname(os.path.abspath(args.checkpoint))
    os.makedirs(out, exist_ok=True)

    env = InfoOpsVectorEnv(env_id, min(args.num_envs, len(seeds)), options=options, address=args.address)
    try:
        policies = [RandomPolicy(env.single_action_space), HeuristicPolicy(env.single_action_space),
                    PPOPolicy(args.checkpoint, env.single_observation_space, env.single_action_space,
                              greedy=args.mode == "greedy")]
        results: dict[str, np.ndarray] = {}
        for policy in policies:
            start = time.time()
            results[policy.name] = evaluate(policy, seeds, env=env)
            print(f"{policy.name}: {len(seeds)} episodes in {time.time() - start:.1f} s", flush=True)
    finally:
        env.close()

    ppo_name = policies[-1].name
    rows = [(name, mean_ci(r)) for name, r in results.items()]
    margins = [(f"{ppo_name} - {base}", mean_ci(results[ppo_name] - results[base])) for base in ("random", "heuristic")]
    margins.append(("heuristic - random", mean_ci(results["heuristic"] - results["random"])))

    with open(os.path.join(out, "per_seed.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["seed", *results])
        for i, s in enumerate(seeds):
            w.writerow([s, *(f"{results[k][i]:.4f}" for k in results)])
    with open(os.path.join(out, "comparison.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["row", "kind", "n", "mean", "ci95_low", "ci95_high", "ci95_half_width"])
        for kind, items in (("policy", rows), ("paired_margin", margins)):
            for name, ci in items:
                w.writerow([name, kind, ci.n, f"{ci.mean:.4f}", f"{ci.low:.4f}", f"{ci.high:.4f}", f"{ci.half_width:.4f}"])

    md = [f"Evaluation of `{args.checkpoint}` on `{env_id}` with options `{json.dumps(options, sort_keys=True)}`, "
          f"{len(seeds)} seeds ({seeds[0]}..{seeds[-1]}), PPO acting {args.mode}.", "",
          "| policy | mean return | 95% CI |", "|---|---:|---:|"]
    md += [f"| {name} | {ci.mean:.2f} | [{ci.low:.2f}, {ci.high:.2f}] |" for name, ci in rows]
    md += ["", "| margin (paired by seed) | mean | 95% CI | better? |", "|---|---:|---:|---|"]
    md += [f"| {name} | {ci.mean:+.2f} | [{ci.low:+.2f}, {ci.high:+.2f}] | "
           f"{'yes' if ci.low > 0 else 'no' if ci.high < 0 else 'not significant'} |" for name, ci in margins]
    text = "\n".join(md) + "\n"
    with open(os.path.join(out, "comparison.md"), "w") as fh:
        fh.write(text)
    print(text)
    print(f"wrote {out}/comparison.md, comparison.csv, per_seed.csv")


if __name__ == "__main__":
    main()
