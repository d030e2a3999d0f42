"""PPO (clipped objective, GAE) in PyTorch on CPU, in one file in the style of CleanRL's ppo.py, learning over
gRPC on InfoOps Gym's vector env (one batched Batch call steps every sub-environment).

Made for diluvsion/bot-fleet-v0 (Dict observation, MultiDiscrete action) but works for any single-agent id
whose observation is a Box or Dict of Boxes and whose action is Discrete or MultiDiscrete.

    python agents/ppo.py --total-timesteps 50000 --env-options '{"scenario": "diluvsion/sim01"}'
    tensorboard --logdir runs

Writes runs/<run-name>/: TensorBoard events, learning_curve.png (episodic return vs env steps),
episodes.csv (every training episode's return), agent.pt (the trained policy, loaded by compare.py) and args.json.
"""
from __future__ import annotations

import csv
import dataclasses
import json
import os
import random
import time
from dataclasses import dataclass

import gymnasium as gym
import numpy as np
import torch
import torch.nn as nn
import torch.optim as optim
from torch.distributions.categorical import Categorical

from common import paper_tactic, parse_dataclass_args


@dataclass
class Args:
    env_id: str = "diluvsion/bot-fleet-v0"
    """the environment id"""
    env_options: str = '{"scenario": "diluvsion/sim01", "objective": "shrink_majority", "decision_steps": 48}'
    """environment options as a JSON object"""
    address: str = ""
    """host:port of a running server; empty starts a local one"""
    ray_address: str = ""
    """Ray cluster to run the sub-environments on ("auto", "host:port" or "local"; needs the [ray] extra): a
    RayVectorEnv with one worker (JVM) per node; empty: the local vector env. Same seeds, same trajectories"""
    ray_workers: int = 0
    """with --ray-address: Ray workers (JVMs); 0: one per node, at most --num-envs"""
    seed: int = 1
    """seed of torch/numpy and of the training episodes (sub-env i starts from seed + i)"""
    torch_deterministic: bool = True
    """torch.backends.cudnn.deterministic and one CPU thread per op for reproducibility"""
    torch_threads: int = 1
    """CPU threads torch may use (the server needs the other cores)"""
    run_dir: str = "runs"
    """directory the run's folder is made in"""
    run_name: str = ""
    """the run's folder name (default: <env>__ppo__<seed>__<time>)"""
    total_timesteps: int = 20000
    """total environment steps (decisions) over all sub-environments"""
    num_envs: int = 4
    """parallel sessions, stepped by one batched gRPC call"""
    num_steps: int = 56
    """steps per sub-environment per rollout"""
    learning_rate: float = 3e-4
    """the optimizer's learning rate"""
    anneal_lr: bool = True
    """anneal the learning rate linearly to 0"""
    gamma: float = 0.99
    """discount factor"""
    gae_lambda: float = 0.95
    """lambda of generalized advantage estimation"""
    num_minibatches: int = 4
    """minibatches per epoch"""
    update_epochs: int = 4
    """epochs over each rollout"""
    norm_adv: bool = True
    """normalise advantages per minibatch"""
    clip_coef: float = 0.2
    """the surrogate clipping coefficient"""
    clip_vloss: bool = True
    """clip the value loss as well"""
    ent_coef: float = 0.01
    """entropy bonus coefficient"""
    vf_coef: float = 0.5
    """value loss coefficient"""
    max_grad_norm: float = 0.5
    """gradient clipping norm"""
    target_kl: float = 0.0
    """stop an update's epochs early past this approximate KL (0: never)"""
    reward_scale: float = 0.1
    """rewards are multiplied by this for learning (logged returns are unscaled)"""
    hidden: int = 64
    """width of the two hidden layers of the actor and of the critic"""
    prior_action: str = ""
    """start the policy near this action: a JSON list (one value per MultiDiscrete dimension) or "paper-tactic"
    (bot-fleet: the Diluvsion paper's fixed tactic); empty: uniform start"""
    prior_logit: float = 3.0
    """with --prior-action, the initial logit margin of the prior value over every other value of its head"""


def parse_args() -> Args:
    return parse_dataclass_args(Args, __doc__.splitlines()[0])


# ---- observations: Dict -> flat vector, normalised by running statistics -----------------------------------

def flatten_obs(space: gym.Space, obs) -> np.ndarray:
    """A batch of observations (Box or Dict of Boxes, in the space's key order) as float32 rows."""
    if isinstance(space, gym.spaces.Dict):
        return np.concatenate([flatten_obs(s, obs[k]) for k, s in space.spaces.items()], axis=1)
    obs = np.asarray(obs, dtype=np.float32)
    return obs.reshape(obs.shape[0], -1)


def flat_size(space: gym.Space) -> int:
    return int(gym.spaces.utils.flatdim(space))


class RunningMeanStd(nn.Module):
    """Per-feature mean and variance over every observation seen in training (kept in the checkpoint)."""

    def __init__(self, size: int, epsilon: float = 1e-4):
        super().__init__()
        self.register_buffer("mean", torch.zeros(size, dtype=torch.float64))
        self.register_buffer("var", torch.ones(size, dtype=torch.float64))
        self.register_buffer("count", torch.tensor(epsilon, dtype=torch.float64))

    def update(self, x: torch.Tensor) -> None:
        x = x.double()
        batch_mean, batch_var, n = x.mean(0), x.var(0, unbiased=False), x.shape[0]
        delta, total = batch_mean - self.mean, self.count + n
        self.mean += delta * n / total
        self.var.copy_((self.var * self.count + batch_var * n + delta**2 * self.count * n / total) / total)
        self.count.fill_(total)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return ((x.double() - self.mean) / torch.sqrt(self.var + 1e-8)).clamp(-10, 10).float()


# ---- the agent: an MLP critic and an MLP actor with one categorical head per action dimension ----------------

def layer_init(layer: nn.Linear, std: float = np.sqrt(2), bias_const: float = 0.0) -> nn.Linear:
    torch.nn.init.orthogonal_(layer.weight, std)
    torch.nn.init.constant_(layer.bias, bias_const)
    return layer


class Agent(nn.Module):
    def __init__(self, obs_size: int, nvec: list[int], hidden: int = 64):
        super().__init__()
        self.nvec = list(nvec)
        self.obs_rms = RunningMeanStd(obs_size)
        self.critic = nn.Sequential(
            layer_init(nn.Linear(obs_size, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, 1), std=1.0),
        )
        self.actor = nn.Sequential(
            layer_init(nn.Linear(obs_size, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, hidden)), nn.Tanh(),
            layer_init(nn.Linear(hidden, sum(self.nvec)), std=0.01),
        )

    # x: normalised observations (self.obs_rms(raw))
    def get_value(self, x: torch.Tensor) -> torch.Tensor:
        return self.critic(x)

    @torch.no_grad()
    def start_near(self, action, margin: float) -> None:
        """Bias the actor's output so each head starts on the prior action's value, ``margin`` logits above the
        others: training then explores around a known-good policy rather than from uniform."""
        if len(action) != len(self.nvec):
            raise ValueError(f"prior action has {len(action)} values; the action space has {len(self.nvec)} dimensions")
        bias = torch.zeros(sum(self.nvec))
        offset = 0
        for value, n in zip(action, self.nvec):
            if not 0 <= int(value) < n:
                raise ValueError(f"prior action value {value} is outside 0..{n - 1}")
            bias[offset + int(value)] = margin
            offset += n
        self.actor[-1].bias.copy_(bias)

    def distributions(self, x: torch.Tensor) -> list[Categorical]:
        return [Categorical(logits=part) for part in torch.split(self.actor(x), self.nvec, dim=1)]

    def get_action_and_value(self, x: torch.Tensor, action: torch.Tensor | None = None):
        dists = self.distributions(x)
        if action is None:
            action = torch.stack([d.sample() for d in dists], dim=1)
        logprob = torch.stack([d.log_prob(a) for d, a in zip(dists, action.T)], dim=1).sum(1)
        entropy = torch.stack([d.entropy() for d in dists], dim=1).sum(1)
        return action, logprob, entropy, self.critic(x)

    @torch.no_grad()
    def act(self, raw_obs: torch.Tensor, greedy: bool = True) -> torch.Tensor:
        """Actions for raw (flattened, unnormalised) observations: the most likely or sampled ones."""
        dists = self.distributions(self.obs_rms(raw_obs))
        return torch.stack([d.probs.argmax(dim=1) if greedy else d.sample() for d in dists], dim=1)


def action_nvec(space: gym.Space) -> list[int]:
    if isinstance(space, gym.spaces.MultiDiscrete):
        return [int(n) for n in space.nvec.reshape(-1)]
    if isinstance(space, gym.spaces.Discrete):
        return [int(space.n)]
    raise TypeError(f"PPO here needs a Discrete or MultiDiscrete action space, got {space}")


def to_env_action(space: gym.Space, action: np.ndarray) -> np.ndarray:
    if isinstance(space, gym.spaces.Discrete):
        return action[:, 0] + space.start
    return action.reshape((action.shape[0], *space.nvec.shape))


def load_agent(path: str) -> tuple[Agent, dict]:
    """The trained agent of a checkpoint written by this script, and the checkpoint (its args etc.)."""
    checkpoint = torch.load(path, map_location="cpu", weights_only=False)
    agent = Agent(checkpoint["obs_size"], checkpoint["nvec"], checkpoint["args"]["hidden"])
    agent.load_state_dict(checkpoint["model_state"])
    agent.eval()
    return agent, checkpoint


# ---- the learning curve ----------------------------------------------------------------------------------

def plot_learning_curve(steps: list[int], returns: list[float], path: str, title: str, window: int = 0) -> None:
    """Every episode's return as a dot and a moving mean (window: default 1/25 of the episodes, at least 20)."""
    import textwrap

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    if steps:
        ax.scatter(steps, returns, s=6, alpha=0.3, label="episode")
        order = np.argsort(steps)
        s, r = np.asarray(steps)[order], np.asarray(returns)[order]
        w = max(1, min(window or max(20, len(r) // 25), len(r)))
        smooth = np.convolve(r, np.ones(w) / w, mode="valid")
        ax.plot(s[w - 1:], smooth, color="C1", lw=2, label=f"mean of last {w} episodes")
    ax.set_xlabel("environment steps (decisions, all sub-environments)")
    ax.set_ylabel("episodic return")
    ax.set_title("\n".join(textwrap.wrap(title, 90)), fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(path + ".tmp.png")
    plt.close(fig)
    os.replace(path + ".tmp.png", path)


# ---- training ----------------------------------------------------------------------------------------------

def make_envs(args: Args, options: dict):
    """The batched vector env, local (one Batch call per step) or on a Ray cluster (one per worker, in parallel)."""
    import infoops_env
    if args.ray_address:
        from infoops_env.ray import RayVectorEnv
        return RayVectorEnv(args.env_id, args.num_envs, options=options,
                            ray_address=None if args.ray_address == "local" else args.ray_address,
                            num_workers=args.ray_workers or None)
    return infoops_env.InfoOpsVectorEnv(args.env_id, args.num_envs, options=options, address=args.address or None)


def train(args: Args) -> str:
    import infoops_env  # registers the ids; its vector env steps all sessions in one Batch call
    from torch.utils.tensorboard import SummaryWriter

    options = json.loads(args.env_options) if args.env_options else {}
    batch_size = args.num_envs * args.num_steps
    minibatch_size = batch_size // args.num_minibatches
    num_iterations = max(1, args.total_timesteps // batch_size)
    run_name = args.run_name or f"{args.env_id.replace('/', '_')}__ppo__{args.seed}__{int(time.time())}"
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
    torch.backends.cudnn.deterministic = args.torch_deterministic

    envs = make_envs(args, options)
    obs_space, act_space = envs.single_observation_space, envs.single_action_space
    agent = Agent(flat_size(obs_space), action_nvec(act_space), args.hidden)
    if args.prior_action:
        agent.start_near(paper_tactic(act_space) if args.prior_action == "paper-tactic" else json.loads(args.prior_action),
                         args.prior_logit)
    optimizer = optim.Adam(agent.parameters(), lr=args.learning_rate, eps=1e-5)

    obs = torch.zeros((args.num_steps, args.num_envs, flat_size(obs_space)))
    actions = torch.zeros((args.num_steps, args.num_envs, len(agent.nvec)), dtype=torch.long)
    logprobs = torch.zeros((args.num_steps, args.num_envs))
    rewards = torch.zeros((args.num_steps, args.num_envs))
    dones = torch.zeros((args.num_steps, args.num_envs))  # the transition ended its episode
    valid = torch.zeros((args.num_steps, args.num_envs))  # 0: the autoreset step after an episode's end
    values = torch.zeros((args.num_steps, args.num_envs))

    episode_steps, episode_returns = [], []
    ep_return, ep_length = np.zeros(args.num_envs), np.zeros(args.num_envs, dtype=int)
    global_step, start_time = 0, time.time()
    def normalise(raw) -> torch.Tensor:  # as Gymnasium's NormalizeObservation: update, then normalise
        x = torch.tensor(flatten_obs(obs_space, raw))
        agent.obs_rms.update(x)
        return agent.obs_rms(x)

    next_obs_raw, _ = envs.reset(seed=args.seed)
    next_obs = normalise(next_obs_raw)
    # The vector env resets a finished sub-env on its *next* step (Gymnasium's NEXT_STEP autoreset): that
    # step ignores the action and returns the new episode's first observation, so it is not learned from.
    autoreset = torch.zeros(args.num_envs, dtype=torch.bool)
    next_done = torch.zeros(args.num_envs)

    for iteration in range(1, num_iterations + 1):
        if args.anneal_lr:
            optimizer.param_groups[0]["lr"] = (1.0 - (iteration - 1.0) / num_iterations) * args.learning_rate

        for step in range(args.num_steps):
            global_step += args.num_envs
            obs[step] = next_obs
            valid[step] = (~autoreset).float()
            with torch.no_grad():
                action, logprob, _, value = agent.get_action_and_value(next_obs)
                values[step] = value.flatten()
            actions[step], logprobs[step] = action, logprob

            next_obs_raw, reward, terminations, truncations, _ = envs.step(to_env_action(act_space, action.numpy()))
            done = np.logical_or(terminations, truncations)
            rewards[step] = torch.tensor(reward * args.reward_scale, dtype=torch.float32)
            next_obs = normalise(next_obs_raw)
            next_done = torch.tensor(done, dtype=torch.float32)
            dones[step] = next_done
            live = ~autoreset.numpy()
            ep_return[live] += reward[live]
            ep_length[live] += 1
            for i in np.flatnonzero(done & live):
                episode_steps.append(global_step)
                episode_returns.append(float(ep_return[i]))
                writer.add_scalar("charts/episodic_return", ep_return[i], global_step)
                writer.add_scalar("charts/episodic_length", ep_length[i], global_step)
                ep_return[i], ep_length[i] = 0.0, 0
            autoreset = torch.tensor(done)

        # bootstrap value if not done; generalized advantage estimation
        with torch.no_grad():
            next_value = agent.get_value(next_obs).reshape(1, -1)
            advantages = torch.zeros_like(rewards)
            lastgaelam = 0
            for t in reversed(range(args.num_steps)):
                nextvalues = next_value if t == args.num_steps - 1 else values[t + 1]
                nextnonterminal = 1.0 - dones[t]
                delta = rewards[t] + args.gamma * nextvalues * nextnonterminal - values[t]
                advantages[t] = lastgaelam = delta + args.gamma * args.gae_lambda * nextnonterminal * lastgaelam
            returns = advantages + values

        # flatten the batch, keeping only real transitions
        keep = valid.reshape(-1).bool()
        b_obs = obs.reshape(-1, obs.shape[-1])[keep]
        b_logprobs = logprobs.reshape(-1)[keep]
        b_actions = actions.reshape(-1, actions.shape[-1])[keep]
        b_advantages = advantages.reshape(-1)[keep]
        b_returns = returns.reshape(-1)[keep]
        b_values = values.reshape(-1)[keep]
        n = b_obs.shape[0]
        mb_size = max(1, min(minibatch_size, n))

        # optimizing the policy and value network
        b_inds = np.arange(n)
        clipfracs = []
        for epoch in range(args.update_epochs):
            np.random.shuffle(b_inds)
            for start in range(0, n, mb_size):
                mb_inds = b_inds[start:start + mb_size]
                _, newlogprob, entropy, newvalue = agent.get_action_and_value(b_obs[mb_inds], b_actions[mb_inds])
                logratio = newlogprob - b_logprobs[mb_inds]
                ratio = logratio.exp()

                with torch.no_grad():
                    # calculate approx_kl http://joschu.net/blog/kl-approx.html
                    old_approx_kl = (-logratio).mean()
                    approx_kl = ((ratio - 1) - logratio).mean()
                    clipfracs += [((ratio - 1.0).abs() > args.clip_coef).float().mean().item()]

                mb_advantages = b_advantages[mb_inds]
                if args.norm_adv and len(mb_inds) > 1:
                    mb_advantages = (mb_advantages - mb_advantages.mean()) / (mb_advantages.std() + 1e-8)

                # policy loss
                pg_loss1 = -mb_advantages * ratio
                pg_loss2 = -mb_advantages * torch.clamp(ratio, 1 - args.clip_coef, 1 + args.clip_coef)
                pg_loss = torch.max(pg_loss1, pg_loss2).mean()

                # value loss
                newvalue = newvalue.view(-1)
                if args.clip_vloss:
                    v_loss_unclipped = (newvalue - b_returns[mb_inds]) ** 2
                    v_clipped = b_values[mb_inds] + torch.clamp(newvalue - b_values[mb_inds], -args.clip_coef, args.clip_coef)
                    v_loss_clipped = (v_clipped - b_returns[mb_inds]) ** 2
                    v_loss = 0.5 * torch.max(v_loss_unclipped, v_loss_clipped).mean()
                else:
                    v_loss = 0.5 * ((newvalue - b_returns[mb_inds]) ** 2).mean()

                entropy_loss = entropy.mean()
                loss = pg_loss - args.ent_coef * entropy_loss + v_loss * args.vf_coef

                optimizer.zero_grad()
                loss.backward()
                nn.utils.clip_grad_norm_(agent.parameters(), args.max_grad_norm)
                optimizer.step()

            if args.target_kl and approx_kl > args.target_kl:
                break

        y_pred, y_true = b_values.numpy(), b_returns.numpy()
        var_y = np.var(y_true)
        explained_var = np.nan if var_y == 0 else 1 - np.var(y_true - y_pred) / var_y

        sps = int(global_step / (time.time() - start_time))
        writer.add_scalar("charts/learning_rate", optimizer.param_groups[0]["lr"], global_step)
        writer.add_scalar("losses/value_loss", v_loss.item(), global_step)
        writer.add_scalar("losses/policy_loss", pg_loss.item(), global_step)
        writer.add_scalar("losses/entropy", entropy_loss.item(), global_step)
        writer.add_scalar("losses/old_approx_kl", old_approx_kl.item(), global_step)
        writer.add_scalar("losses/approx_kl", approx_kl.item(), global_step)
        writer.add_scalar("losses/clipfrac", np.mean(clipfracs), global_step)
        writer.add_scalar("losses/explained_variance", explained_var, global_step)
        writer.add_scalar("charts/SPS", sps, global_step)
        recent = episode_returns[-20:]
        print(f"iter {iteration}/{num_iterations} step {global_step} SPS {sps} episodes {len(episode_returns)} "
              f"return(last {len(recent)}) {np.mean(recent) if recent else float('nan'):.2f} "
              f"entropy {entropy_loss.item():.2f} kl {approx_kl.item():.4f}", flush=True)

    envs.close()
    writer.flush()
    writer.close()

    torch.save({"model_state": agent.state_dict(), "obs_size": flat_size(obs_space), "nvec": agent.nvec,
                "args": dataclasses.asdict(args), "env_id": args.env_id, "env_options": options,
                "global_step": global_step}, os.path.join(run_path, "agent.pt"))
    with open(os.path.join(run_path, "episodes.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["global_step", "episodic_return"])
        w.writerows(zip(episode_steps, episode_returns))
    plot_learning_curve(episode_steps, episode_returns, os.path.join(run_path, "learning_curve.png"),
                        f"PPO on {args.env_id} {options}")
    print(f"wrote {run_path}/ (agent.pt, learning_curve.png, episodes.csv, TensorBoard events) "
          f"in {time.time() - start_time:.0f} s")
    return run_path


if __name__ == "__main__":
    train(parse_args())
