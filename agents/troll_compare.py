"""Compares a PPO checkpoint trained on troll/influencer-v0 with two fixed policies on the same evaluation seeds:
"post now" (never postpone: the paper's no-rescheduling baseline) and "classifier" (the paper's countermeasure:
postpone by 12 hours when the observation's classifier prediction exceeds 0.5; needs the option prediction=true).

    python agents/troll_compare.py --checkpoint runs/<run>/agent.pt --seeds 1000-1009 \
        --env-options '{"scenario": "troll/small", "warmup_days": 60, "episode_days": 30, "prediction": true}'

The return of an episode is minus the attacks influencers suffered minus the delay cost, so -return is close to
the attack count. Prints per policy the mean return with its 95% Student-t interval, and writes a CSV.
"""
from __future__ import annotations

import argparse
import csv

import numpy as np

from common import evaluate, mean_ci, parse_options, parse_seeds

ENV_ID = "troll/influencer-v0"
DELAY_12H = 4  # index of 12 hours in the action list {0, 1, 3, 6, 12, 24, 72, 168}: moves the post to another time of day


class NowPolicy:
    name = "post-now"

    def begin(self, seeds) -> None:
        pass

    def act(self, observations) -> np.ndarray:
        return np.zeros(len(observations["time"]), dtype=np.int64)


class ClassifierPolicy:
    name = "classifier-0.5"

    def begin(self, seeds) -> None:
        pass

    def act(self, observations) -> np.ndarray:
        p = np.asarray(observations["prediction"])[:, 0]
        return np.where(p > 0.5, DELAY_12H, 0).astype(np.int64)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkpoint", required=True)
    ap.add_argument("--seeds", default="1000-1009")
    ap.add_argument("--env-options", default='{"scenario": "troll/small", "warmup_days": 60, "episode_days": 30, "prediction": true}')
    ap.add_argument("--num-envs", type=int, default=4)
    ap.add_argument("--out", default="troll_compare.csv")
    args = ap.parse_args()
    import infoops_env
    from compare import PPOPolicy

    options = parse_options(args.env_options, {})
    seeds = parse_seeds(args.seeds)
    probe = infoops_env.InfoOpsEnv(ENV_ID, options=options)
    ppo = PPOPolicy(args.checkpoint, probe.observation_space, probe.action_space)
    probe.close()
    rows = []
    for policy in (NowPolicy(), ClassifierPolicy(), ppo):
        returns = evaluate(policy, seeds, env_id=ENV_ID, options=options, num_envs=args.num_envs)
        ci = mean_ci(returns)
        print(f"{policy.name:16s} return {ci}")
        rows.append([policy.name, len(seeds), f"{ci.mean:.2f}", f"{ci.low:.2f}", f"{ci.high:.2f}"])
    with open(args.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["policy", "seeds", "mean_return", "ci95_low", "ci95_high"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
