"""A random agent for diluvsion/bot-fleet-v0 (or any single-agent id): uniform actions, evaluated over seeds.

    python agents/random_agent.py --seeds 1000-1019
    python agents/random_agent.py --env-options '{"scenario": "diluvsion/small"}' --seeds 1-5

Prints the mean return with its 95% Student-t confidence interval and the return of every seed.
"""
from __future__ import annotations

from common import RandomPolicy, run_baseline


def main() -> None:
    run_baseline("random", RandomPolicy, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
