"""How much room does bot-fleet-v0 leave above the paper's fixed tactic? Evaluates the tactic and its
one-change neighbours (another level, reply tactic, role mix or pushed theme for one or both bot groups) on
the same seeds and prints each neighbour's paired difference to the tactic with a 95% interval.

A neighbour that is significantly better would be headroom a learner can find; none being better says
the fixed tactic sits at a local optimum of the static policies, so a learner has to win by adapting
its orders to the state of the world, if at all.

    python agents/tactic_scan.py --seeds 10000-10019 --env-options '{"scenario": "diluvsion/small"}'
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from common import evaluate, fixed_order, mean_ci, paper_tactic, parse_options, parse_seeds


class FixedOrder:
    """The same action every decision."""

    def __init__(self, name: str, action: np.ndarray):
        self.name, self.action = name, action

    def begin(self, seeds) -> None:
        pass

    def act(self, observations) -> np.ndarray:
        n = len(next(iter(observations.values())))
        return np.tile(self.action, (n, 1))


def neighbours(space) -> dict[str, np.ndarray]:
    """One-change neighbours of the paper tactic, by component name; Sim 1 has negative and neutral bots only."""
    out = {"paper tactic": paper_tactic(space)}
    for groups, who in ((("negative", "neutral"), "all bots"), (("neutral",), "neutral bots")):
        out[f"{who}: medium level"] = fixed_order(space, groups, {"level": "medium"})
        out[f"{who}: low level"] = fixed_order(space, groups, {"level": "low"})
        out[f"{who}: engagement tactic"] = fixed_order(space, groups, {"tactic": "engagement"})
        out[f"{who}: repliers + quoters"] = fixed_order(space, groups, {"role_mix.quoters": 1})
        out[f"{who}: repliers + retweeters"] = fixed_order(space, groups, {"role_mix.retweeters": 1})
    for theme in (1, 7, 10):
        out[f"all bots: push T{theme}"] = fixed_order(space, ("negative", "neutral"), {"theme": f"T{theme}"})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="10000-10019")
    parser.add_argument("--env-options", default=None, help="JSON object laid over the Sim 1 defaults")
    parser.add_argument("--num-envs", type=int, default=4)
    parser.add_argument("--address", default=None, help="host:port of a running server (default: start one)")
    parser.add_argument("--out", default=None, help="also write the table as Markdown to this file")
    args = parser.parse_args()
    seeds, options = parse_seeds(args.seeds), parse_options(args.env_options)

    from infoops_env import InfoOpsVectorEnv
    env = InfoOpsVectorEnv("diluvsion/bot-fleet-v0", args.num_envs, options=options, address=args.address)
    rows, base = [], None
    try:
        for name, action in neighbours(env.single_action_space).items():
            returns = evaluate(FixedOrder(name, action), seeds, options=options, env=env)
            base = returns if base is None else base
            diff = mean_ci(returns - base)
            verdict = "-" if name == "paper tactic" else ("better" if diff.low > 0 else "worse" if diff.high < 0 else "same")
            rows.append(f"| {name} | {mean_ci(returns)} | {diff} | {verdict} |")
            print(rows[-1], flush=True)
    finally:
        env.close()
    table = "\n".join([
        f"Fixed orders on `diluvsion/bot-fleet-v0` with `{options}`, seeds {args.seeds}, paired by seed.", "",
        "| order | mean return ± 95% | minus paper tactic ± 95% | verdict |", "|---|---:|---:|---|", *rows, ""])
    if args.out:
        Path(args.out).write_text(table)
    print(table)


if __name__ == "__main__":
    main()
