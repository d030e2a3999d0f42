"""The Diluvsion paper's best fixed tactic (§5, Sim 1) as a bot-fleet-v0 policy, evaluated over seeds.

Every decision, every stance group of bots gets the same order: all Repliers (`role_mix.repliers` at its largest
weight, the other roles 0), highly active, primary reply tactic "vulnerable", no pushed theme (the bots adopt the
themes they see). The order is built from the action's component names (common.paper_tactic).

    python agents/heuristic_agent.py --seeds 1000-1019
"""
from __future__ import annotations

from common import HeuristicPolicy, run_baseline


def main() -> None:
    run_baseline("heuristic", HeuristicPolicy, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
