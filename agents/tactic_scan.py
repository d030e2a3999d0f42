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

from common import GROUPS, LEVEL, PAPER_TACTIC, PER_GROUP, ROLES, TACTIC, THEME, evaluate, mean_ci, parse_options, parse_seeds


class FixedOrder:
    """The same action every decision."""

    def __init__(self, name: str, action: np.ndarray):
        self.name, self.action = name, action

    def begin(self, seeds) -> None:
        pass

    def act(self, observations) -> np.ndarray:
        n = len(next(iter(observations.values())))
        return np.tile(self.action, (n, 1))


def changed(groups: tuple[int, ...], **entries: int) -> np.ndarray:
    """The paper tactic with some entries changed in the given stance groups (0 negative, 1 neutral)."""
    action = PAPER_TACTIC.copy()
    for g in groups:
        for index, value in entries.items():
            action[g * PER_GROUP + int(index)] = value
    return action


def neighbours() -> dict[str, np.ndarray]:
    """One-change neighbours of the paper tactic; Sim 1 has negative and neutral bots only."""
    out = {"paper tactic": PAPER_TACTIC.copy()}
    for groups, who in (((0, 1), "all bots"), ((1,), "neutral bots")):
        out[f"{who}: medium level"] = changed(groups, **{str(LEVEL): 1})
        out[f"{who}: low level"] = changed(groups, **{str(LEVEL): 2})
        out[f"{who}: engagement tactic"] = changed(groups, **{str(TACTIC): 1})
        out[f"{who}: repliers + quoters"] = changed(groups, **{str(ROLES.index("quoter")): 1})
        out[f"{who}: repliers + retweeters"] = changed(groups, **{str(ROLES.index("retweeter")): 1})
    for theme in (1, 7, 10):
        out[f"all bots: push T{theme}"] = changed((0, 1), **{str(THEME): theme})
    assert all(a.shape == (GROUPS * PER_GROUP,) for a in out.values())
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
        for name, action in neighbours().items():
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
