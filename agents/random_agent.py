"""A random agent for diluvsion/bot-fleet-v0 (or any single-agent id): uniform actions, evaluated over seeds.

    python agents/random_agent.py --seeds 1000-1019
    python agents/random_agent.py --env-options '{"scenario": "diluvsion/small"}' --seeds 1-5

Prints the mean return with its 95% Student-t confidence interval and the return of every seed.
"""
from __future__ import annotations

import argparse
import time

from common import ENV_ID, RandomPolicy, evaluate, parse_options, parse_seeds, report


def baseline_args(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--env-id", default=ENV_ID)
    p.add_argument("--env-options", default=None,
                   help='JSON object laid over {"scenario": "diluvsion/sim01", "objective": "shrink_majority", '
                        '"decision_steps": 48}')
    p.add_argument("--seeds", default="1000-1009", help='evaluation seeds: "1000-1019", "1,2,3" (one episode each)')
    p.add_argument("--num-envs", type=int, default=4, help="episodes stepped together in one batched gRPC call")
    p.add_argument("--address", default=None, help="host:port of a running server (default: start a local one)")
    return p


def main() -> None:
    args = baseline_args(__doc__.splitlines()[0]).parse_args()
    from infoops_env import InfoOpsVectorEnv

    seeds = parse_seeds(args.seeds)
    options = parse_options(args.env_options)
    env = InfoOpsVectorEnv(args.env_id, min(args.num_envs, len(seeds)), options=options, address=args.address)
    try:
        start = time.time()
        returns = evaluate(RandomPolicy(env.single_action_space), seeds, env=env)
    finally:
        env.close()
    print(f"{args.env_id} {options}")
    print(report("random", seeds, returns))
    print(f"({time.time() - start:.1f} s)")


if __name__ == "__main__":
    main()
