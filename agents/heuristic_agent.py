"""The Diluvsion paper's best fixed tactic (§5, Sim 1) as a bot-fleet-v0 policy, evaluated over seeds.

Every decision, every stance group of bots gets the same order: all Repliers (role weights [0, 0, 0, 2, 0]),
highly active, primary reply tactic "vulnerable", no pushed theme (the bots adopt the themes they see).

    python agents/heuristic_agent.py --seeds 1000-1019
"""
from __future__ import annotations

from common import HeuristicPolicy, run_baseline


def main() -> None:
    run_baseline("heuristic", HeuristicPolicy, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
