"""The Diluvsion paper's best fixed tactic (§5, Sim 1) as a bot-fleet-v0 policy, evaluated over seeds.

Every decision, every stance group of bots gets the same order: all Repliers (role weights [0, 0, 0, 2, 0]),
highly active, primary reply tactic "vulnerable", no pushed theme (the bots adopt the themes they see).

    python agents/heuristic_agent.py --seeds 1000-1019
"""
from __future__ import annotations

import time

from common import HeuristicPolicy, evaluate, parse_options, parse_seeds, report
from random_agent import baseline_args


def main() -> None:
    args = baseline_args(__doc__.splitlines()[0]).parse_args()
    from infoops_env import InfoOpsVectorEnv

    seeds = parse_seeds(args.seeds)
    options = parse_options(args.env_options)
    env = InfoOpsVectorEnv(args.env_id, min(args.num_envs, len(seeds)), options=options, address=args.address)
    try:
        start = time.time()
        returns = evaluate(HeuristicPolicy(env.single_action_space), seeds, env=env)
    finally:
        env.close()
    print(f"{args.env_id} {options}")
    print(report("heuristic", seeds, returns))
    print(f"({time.time() - start:.1f} s)")


if __name__ == "__main__":
    main()
