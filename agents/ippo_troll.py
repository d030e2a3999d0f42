"""Independent PPO with parameter sharing (IPPO) on troll/influencers-v0, in the style of CleanRL, on CPU, learning
over gRPC: every influencer is its own agent, all share one actor-critic network, and the environment runs
federated rounds of the shared attack classifier across the influencers (its "prediction" observation).

    python agents/ippo_troll.py --episodes 12 --run-dir runs
    tensorboard --logdir runs

Each training episode is one reset of the PettingZoo parallel env with seed ``seed + episode`` (with the default
``protocol=figure5`` that is the Figure 5 sweep's run ``seed + episode`` of the scenario: keep ``seed`` above the
evaluation runs, 0..runs-1, so no evaluation world is trained on). In a step every agent acts, but only the
influencer whose post is due decides anything (the others' actions are no-ops), so an agent's experience is its own
decisions: the transition of a decision earns every reward the agent gets until its next decision (a semi-MDP per
agent), and GAE runs over each agent's own sequence of decisions. One PPO update per ``episodes_per_update``
episodes on all agents' decisions together (parameter sharing).

Writes runs/<run-name>/: TensorBoard events, learning_curve.png (episodic return, summed over the agents),
episodes.csv (return, attacks and postponed posts per episode), agent.pt (the same checkpoint format as ppo.py, so
ppo.load_agent reads it) and args.json.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import os
import random
import time
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim

from common import parse_dataclass_args
from ppo import Agent, action_nvec, flat_size, flatten_obs
from ppo import plot_learning_curve

ENV_ID = "troll/influencers-v0"


@dataclass
class Args:
    env_options: str = ('{"scenario": "troll/small", "protocol": "figure5", "initial_rounds": 10, '
                        '"round_days": 7.0}')
    """environment options as a JSON object (default: the Figure 5 evaluation months, federated rounds weekly)"""
    address: str = ""
    """host:port of a running server; empty starts a local one"""
    ray_address: str = ""
    """Ray cluster to run the environment on ("auto", "host:port" or "local"; needs the [ray] extra): the world
    simulates on a cluster worker's JVM, the learner runs here; empty: a local server"""
    seed: int = 100
    """seed of torch/numpy; training episode e resets with seed + e"""
    torch_threads: int = 1
    """CPU threads torch may use (the server needs the other core)"""
    run_dir: str = "runs"
    """directory the run's folder is made in"""
    run_name: str = ""
    """the run's folder name (default: troll_influencers-v0__ippo__<seed>__<time>)"""
    episodes: int = 12
    """training episodes"""
    episodes_per_update: int = 1
    """episodes collected per PPO update"""
    learning_rate: float = 3e-4
    anneal_lr: bool = True
    gamma: float = 0.99
    """discount per decision of the same agent"""
    gae_lambda: float = 0.95
    num_minibatches: int = 4
    update_epochs: int = 4
    norm_adv: bool = True
    clip_coef: float = 0.2
    ent_coef: float = 0.01
    vf_coef: float = 0.5
    max_grad_norm: float = 0.5
    reward_scale: float = 0.1
    """rewards are multiplied by this for learning (logged returns are unscaled)"""
    hidden: int = 64


def parse_args() -> Args:
    return parse_dataclass_args(Args, __doc__.splitlines()[0])


def flat(space, o) -> torch.Tensor:
    """One agent's Dict observation as a (1, n) float tensor, in the space's key order."""
    return torch.tensor(flatten_obs(space, {k: np.asarray(v)[None] for k, v in o.items()}))


def due_agents(obs: dict) -> list[str]:
    return [a for a, o in obs.items() if float(np.asarray(o["due"]).reshape(-1)[0]) > 0.5]


def run_episode(env, agent: Agent, space, seed: int, reward_scale: float, greedy: bool = False, learn: bool = True):
    """One episode; returns per-agent decision sequences (obs, action, logprob, value, reward) and the episode's
    totals (return summed over agents, attacks and postponed posts from the last info)."""
    obs, _ = env.reset(seed=seed)
    traj = {a: {"obs": [], "act": [], "logp": [], "val": [], "rew": []} for a in env.possible_agents}
    total, last_info = 0.0, {}
    while env.agents:
        actions = {a: 0 for a in env.agents}
        for a in due_agents(obs):
            raw = flat(space, obs[a])
            if learn:
                agent.obs_rms.update(raw)
            x = agent.obs_rms(raw)
            with torch.no_grad():
                if greedy:
                    action = agent.distributions(x)[0].probs.argmax(dim=1, keepdim=True)
                else:
                    action, logp, _, value = agent.get_action_and_value(x)
                    t = traj[a]
                    t["obs"].append(x[0]), t["act"].append(action[0]), t["logp"].append(logp[0])
                    t["val"].append(value[0, 0]), t["rew"].append(0.0)
            actions[a] = int(action[0, 0])
        obs, rewards, _, _, infos = env.step(actions)
        for a, r in rewards.items():
            total += r
            if traj[a]["rew"]:  # rewards before an agent's first decision come from warm-up posts: not its doing
                traj[a]["rew"][-1] += r * reward_scale
        if infos:
            last_info = next(iter(infos.values()))
    return traj, total, last_info


def advantages(traj: dict, gamma: float, lam: float):
    """GAE over each agent's own decisions (the episode's end is terminal), concatenated over the agents."""
    obs, act, logp, val, adv = [], [], [], [], []
    for t in traj.values():
        n = len(t["rew"])
        if n == 0:
            continue
        v = torch.stack(t["val"])
        a, last = torch.zeros(n), 0.0
        for i in reversed(range(n)):
            next_v = v[i + 1] if i + 1 < n else 0.0
            delta = t["rew"][i] + gamma * next_v - v[i]
            a[i] = last = delta + gamma * lam * last
        obs += t["obs"]; act += t["act"]; logp += t["logp"]; val.append(v); adv.append(a)
    return torch.stack(obs), torch.stack(act), torch.stack(logp), torch.cat(val), torch.cat(adv)


def ppo_update(agent, optimizer, batch, args: Args) -> dict:
    b_obs, b_act, b_logp, b_val, b_adv = batch
    b_ret = b_adv + b_val
    n = b_obs.shape[0]
    mb = max(1, n // args.num_minibatches)
    inds, clipfracs = np.arange(n), []
    for _ in range(args.update_epochs):
        np.random.shuffle(inds)
        for start in range(0, n, mb):
            i = inds[start:start + mb]
            _, newlogp, entropy, newv = agent.get_action_and_value(b_obs[i], b_act[i])
            logratio = newlogp - b_logp[i]
            ratio = logratio.exp()
            with torch.no_grad():
                approx_kl = ((ratio - 1) - logratio).mean()
                clipfracs.append(((ratio - 1.0).abs() > args.clip_coef).float().mean().item())
            adv = b_adv[i]
            if args.norm_adv and len(i) > 1:
                adv = (adv - adv.mean()) / (adv.std() + 1e-8)
            pg_loss = torch.max(-adv * ratio, -adv * torch.clamp(ratio, 1 - args.clip_coef, 1 + args.clip_coef)).mean()
            newv = newv.view(-1)
            v_clipped = b_val[i] + torch.clamp(newv - b_val[i], -args.clip_coef, args.clip_coef)
            v_loss = 0.5 * torch.max((newv - b_ret[i]) ** 2, (v_clipped - b_ret[i]) ** 2).mean()
            loss = pg_loss - args.ent_coef * entropy.mean() + args.vf_coef * v_loss
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(agent.parameters(), args.max_grad_norm)
            optimizer.step()
    var = np.var(b_ret.numpy())
    return {"policy_loss": pg_loss.item(), "value_loss": v_loss.item(), "entropy": entropy.mean().item(),
            "approx_kl": approx_kl.item(), "clipfrac": float(np.mean(clipfracs)),
            "explained_variance": float("nan") if var == 0 else float(1 - np.var((b_ret - b_val).numpy()) / var)}


def train(args: Args) -> str:
    import infoops_env
    from torch.utils.tensorboard import SummaryWriter

    options = json.loads(args.env_options) if args.env_options else {}
    run_name = args.run_name or f"troll_influencers-v0__ippo__{args.seed}__{int(time.time())}"
    run_path = os.path.join(args.run_dir, run_name)
    os.makedirs(run_path, exist_ok=True)
    with open(os.path.join(run_path, "args.json"), "w") as fh:
        json.dump(dataclasses.asdict(args), fh, indent=2)
    writer = SummaryWriter(run_path)
    writer.add_text("hyperparameters", "|param|value|\n|-|-|\n" + "\n".join(
        f"|{k}|{v}|" for k, v in dataclasses.asdict(args).items()))
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.torch_threads)

    if args.ray_address:
        from infoops_env.ray import RayParallelEnv
        env = RayParallelEnv(ENV_ID, options=options, ray_address=None if args.ray_address == "local" else args.ray_address)
    else:
        env = infoops_env.parallel_env(ENV_ID, options=options, address=args.address or None)
    space, act_space = env.observation_space(env.possible_agents[0]), env.action_space(env.possible_agents[0])
    agent = Agent(flat_size(space), action_nvec(act_space), args.hidden)
    optimizer = optim.Adam(agent.parameters(), lr=args.learning_rate, eps=1e-5)

    rows, decisions, start_time, batch, losses = [], 0, time.time(), [], {}
    updates = max(1, args.episodes // args.episodes_per_update)
    for episode in range(args.episodes):
        traj, ret, info = run_episode(env, agent, space, args.seed + episode, args.reward_scale)
        batch.append(advantages(traj, args.gamma, args.gae_lambda))
        decisions += len(batch[-1][0])
        attacks, postponed = int(info.get("attacks_in_episode", -1)), int(info.get("postponed", -1))
        rows.append((decisions, ret, attacks, postponed))
        writer.add_scalar("charts/episodic_return", ret, decisions)
        writer.add_scalar("charts/attacks_in_episode", attacks, decisions)
        writer.add_scalar("charts/postponed", postponed, decisions)
        if len(batch) == args.episodes_per_update or episode == args.episodes - 1:
            update = len(rows) // args.episodes_per_update
            if args.anneal_lr:
                optimizer.param_groups[0]["lr"] = max(0.0, 1.0 - (update - 1) / updates) * args.learning_rate
            merged = tuple(torch.cat([b[k] for b in batch]) for k in range(5))
            losses = ppo_update(agent, optimizer, merged, args)
            batch = []
            for k, v in losses.items():
                writer.add_scalar(f"losses/{k}", v, decisions)
        print(f"episode {episode + 1}/{args.episodes} decisions {decisions} return {ret:.1f} attacks {attacks} "
              f"postponed {postponed} {time.time() - start_time:.0f} s", flush=True)
    env.close()
    writer.close()

    torch.save({"model_state": agent.state_dict(), "obs_size": flat_size(space), "nvec": agent.nvec,
                "args": dataclasses.asdict(args), "env_id": ENV_ID, "env_options": options,
                "global_step": decisions, "last_losses": losses}, os.path.join(run_path, "agent.pt"))
    with open(os.path.join(run_path, "episodes.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["decisions", "episodic_return", "attacks_in_episode", "postponed"])
        w.writerows(rows)
    plot_learning_curve([r[0] for r in rows], [r[1] for r in rows], os.path.join(run_path, "learning_curve.png"),
                        f"IPPO (shared parameters) on {ENV_ID} {options}", window=max(1, min(5, len(rows))))
    print(f"wrote {run_path}/ (agent.pt, learning_curve.png, episodes.csv, TensorBoard events) "
          f"in {time.time() - start_time:.0f} s")
    return run_path


if __name__ == "__main__":
    train(parse_args())
