"""What the agents share: the bot-fleet environment's defaults, the two baseline policies (random and the
Diluvsion paper's best fixed tactic), evaluation over seeds through the vector env, and Student-t intervals.

Every policy here has one method, ``act(observations) -> actions``, on a *batch* (the vector env's
batched observations in, one action row per sub-environment out), so the same evaluation loop serves
random, heuristic and PPO alike.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import math
from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence

import numpy as np
from gymnasium import spaces
from infoops_env.components import build_action, components

ENV_ID = "diluvsion/bot-fleet-v0"
# The default setting: the paper's Sim 1 world, the "shrink the majority" objective, one decision a day.
DEFAULT_OPTIONS = {"scenario": "diluvsion/sim01", "objective": "shrink_majority", "decision_steps": 48}

# The Diluvsion paper's best fixed tactic (§5, Sim 1) by the action's component names, which the server's spec
# carries (no positions here): every bot a Replier (the largest replier weight, every other role weight at its
# lowest, 0), highly active, primary reply tactic "vulnerable", no pushed theme (the bots adopt what they see).
PAPER_ORDER = {"*.level": "high", "*.tactic": "vulnerable", "*.theme": "none"}
PAPER_ROLE = "*.role_mix.repliers"


def parse_dataclass_args(cls, description: str, argv: Sequence[str] | None = None):
    """Command-line flags from a dataclass of settings (CleanRL style): field ``num_envs`` becomes ``--num-envs``,
    booleans take true/false, every help line shows the default."""
    parser = argparse.ArgumentParser(description=description)
    for f in dataclasses.fields(cls):
        flag = "--" + f.name.replace("_", "-")
        kind = f.type if isinstance(f.type, str) else f.type.__name__
        if kind == "bool":
            parser.add_argument(flag, type=lambda s: s.lower() in ("1", "true", "yes"), default=f.default,
                                metavar="BOOL", help=f"(default: {f.default})")
        else:
            parser.add_argument(flag, type={"int": int, "float": float, "str": str}[kind], default=f.default,
                                help=f"(default: {f.default})")
    return cls(**vars(parser.parse_args(argv)))


def parse_options(text: str | None, defaults: dict | None = None) -> dict:
    """Environment options from a JSON object string, laid over ``defaults``."""
    options = dict(DEFAULT_OPTIONS if defaults is None else defaults)
    if text:
        given = json.loads(text)
        if not isinstance(given, dict):
            raise ValueError(f"--env-options must be a JSON object, got {text!r}")
        options.update(given)
    return options


def parse_seeds(text: str) -> list[int]:
    """Seeds as "1000-1019" (inclusive range), "1,2,5" or a mix "1-3,7"."""
    seeds: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part[1:]:
            lo, hi = part.split("-", 1) if not part.startswith("-") else (part, "")
            lo_i, hi_i = int(lo), int(hi)
            if hi_i < lo_i:
                raise ValueError(f"seed range {part!r} is empty")
            seeds.extend(range(lo_i, hi_i + 1))
        else:
            seeds.append(int(part))
    if not seeds:
        raise ValueError(f"no seeds in {text!r}")
    if len(set(seeds)) != len(seeds):
        raise ValueError(f"repeated seeds in {text!r}")
    return seeds


class Policy(Protocol):
    name: str

    def act(self, observations) -> np.ndarray:  # (num_envs, *action_shape)
        ...

    def begin(self, seeds: Sequence[int]) -> None:  # called before each batch of episodes
        ...


def paper_tactic(space: spaces.Space) -> np.ndarray:
    """The paper's tactic as an action of bot-fleet-v0's (named) action space."""
    named = components(space)
    if not isinstance(space, spaces.MultiDiscrete) or not named:
        raise ValueError(f"expected bot-fleet-v0's named MultiDiscrete action space, got {space}")
    top = {named[i].name: int(space.start[i] + space.nvec[i] - 1) for i in named.matching(PAPER_ROLE)}
    try:
        return build_action(space, {**PAPER_ORDER, **top})
    except (KeyError, ValueError) as e:
        raise ValueError(f"expected bot-fleet-v0's action components ({e})") from e


def fixed_order(space: spaces.Space, groups: Sequence[str], entries: dict[str, int | str]) -> np.ndarray:
    """The paper's tactic with entries changed in the given stance groups of bots: ``fixed_order(space,
    ["neutral"], {"level": "medium", "role_mix.quoters": 1})`` sets ``neutral.level`` and
    ``neutral.role_mix.quoters``."""
    values = {f"{g}.{name}": v for g in groups for name, v in entries.items()}
    return build_action(space, values, base=paper_tactic(space))


class HeuristicPolicy:
    """The same order every decision: the paper's Sim 1 tactic."""

    name = "heuristic"

    def __init__(self, action_space: spaces.Space):
        self.action = paper_tactic(action_space)

    def begin(self, seeds: Sequence[int]) -> None:
        pass

    def act(self, observations) -> np.ndarray:
        n = len(next(iter(observations.values()))) if isinstance(observations, dict) else len(observations)
        return np.tile(self.action, (n, 1))


class RandomPolicy:
    """Uniform over the action space; each episode's actions are drawn from a generator seeded by its seed."""

    name = "random"

    def __init__(self, action_space: spaces.Space):
        self.space = action_space
        self.rngs: list[np.random.Generator] = []

    def begin(self, seeds: Sequence[int]) -> None:
        self.rngs = [np.random.default_rng([int(s), 0x5EED]) for s in seeds]

    def act(self, observations) -> np.ndarray:
        if isinstance(self.space, spaces.MultiDiscrete):
            return np.stack([rng.integers(0, self.space.nvec) for rng in self.rngs])
        out = []
        for rng in self.rngs:
            self.space.seed(int(rng.integers(2**31)))
            out.append(self.space.sample())
        return np.stack(out)


def evaluate(policy: Policy, seeds: Sequence[int], env_id: str = ENV_ID, options: dict | None = None,
             num_envs: int = 4, address: str | None = None, env=None) -> np.ndarray:
    """One episode per seed (sub-environment i of a batch reset with seed i); returns the undiscounted
    returns in the order of ``seeds``. Pass an open ``env`` (an InfoOpsVectorEnv) to reuse it."""
    from infoops_env import InfoOpsVectorEnv

    seeds = list(seeds)
    own = env is None
    if own:
        env = InfoOpsVectorEnv(env_id, min(num_envs, len(seeds)), options=options, address=address)
    n = env.num_envs
    returns: list[float] = []
    try:
        for start in range(0, len(seeds), n):
            chunk = seeds[start:start + n]
            # A short last chunk is padded with fresh seeds whose episodes are dropped.
            padded = chunk + [max(seeds) + 1 + k for k in range(n - len(chunk))]
            policy.begin(padded)
            obs, _ = env.reset(seed=padded)
            total = np.zeros(n)
            done = np.zeros(n, dtype=bool)
            while not done.all():
                obs, reward, terminated, truncated, _ = env.step(policy.act(obs))
                total += np.where(done, 0.0, reward)  # a finished sub-env's next step is its autoreset
                done |= terminated | truncated
            returns.extend(total[:len(chunk)].tolist())
    finally:
        if own:
            env.close()
    return np.array(returns)


# ---- statistics -----------------------------------------------------------------------------------------

def t_quantile(confidence: float, dof: int) -> float:
    """Two-sided Student-t critical value, e.g. t_quantile(0.95, 9) = 2.262."""
    from scipy import stats

    return float(stats.t.ppf(0.5 + confidence / 2, dof))


@dataclass(frozen=True)
class Interval:
    mean: float
    half_width: float  # NaN with fewer than 2 values
    n: int

    @property
    def low(self) -> float:
        return self.mean - self.half_width

    @property
    def high(self) -> float:
        return self.mean + self.half_width

    def __str__(self) -> str:
        return f"{self.mean:.2f} ± {self.half_width:.2f}"


def mean_ci(values: Iterable[float], confidence: float = 0.95) -> Interval:
    """Mean and Student-t confidence half-width of the mean."""
    x = np.asarray(list(values), dtype=float)
    if x.size == 0:
        raise ValueError("no values")
    if x.size < 2:
        return Interval(float(x.mean()), math.nan, 1)
    se = x.std(ddof=1) / math.sqrt(x.size)
    return Interval(float(x.mean()), t_quantile(confidence, x.size - 1) * se, int(x.size))


def report(name: str, seeds: Sequence[int], returns: np.ndarray) -> str:
    ci = mean_ci(returns)
    lines = [f"{name}: mean return {ci} (95% CI, Student t, n={ci.n} seeds)"]
    lines.append("  per seed: " + ", ".join(f"{s}:{r:.2f}" for s, r in zip(seeds, returns)))
    return "\n".join(lines)


def baseline_args(description: str):
    """Command-line options shared by the baseline scripts."""
    import argparse

    p = argparse.ArgumentParser(description=description)
    p.add_argument("--env-id", default=ENV_ID)
    p.add_argument("--env-options", default=None,
                   help='JSON object laid over {"scenario": "diluvsion/sim01", "objective": "shrink_majority", '
                        '"decision_steps": 48}')
    p.add_argument("--seeds", default="1000-1009", help='evaluation seeds: "1000-1019", "1,2,3" (one episode each)')
    p.add_argument("--num-envs", type=int, default=4, help="episodes stepped together in one batched gRPC call")
    p.add_argument("--address", default=None, help="host:port of a running server (default: start a local one)")
    return p


def run_baseline(name: str, make_policy, description: str) -> None:
    """Evaluates the policy ``make_policy(action_space)`` over seeds and prints mean return with its 95% CI."""
    import time

    from infoops_env import InfoOpsVectorEnv

    args = baseline_args(description).parse_args()
    seeds = parse_seeds(args.seeds)
    options = parse_options(args.env_options)
    env = InfoOpsVectorEnv(args.env_id, min(args.num_envs, len(seeds)), options=options, address=args.address)
    try:
        start = time.time()
        returns = evaluate(make_policy(env.single_action_space), seeds, env=env)
    finally:
        env.close()
    print(f"{args.env_id} {options}")
    print(report(name, seeds, returns))
    print(f"({time.time() - start:.1f} s)")
