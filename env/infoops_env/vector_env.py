"""Many sessions of one single-agent environment as a ``gymnasium.vector.VectorEnv``, stepped with
one Batch call per step (the server runs the sessions in parallel on its cores)."""
from __future__ import annotations

from copy import deepcopy
from operator import attrgetter, itemgetter
from typing import Any, Sequence

import numpy as np
from gymnasium import spaces
from gymnasium.vector import AutoresetMode, VectorEnv
from gymnasium.vector.utils import batch_space, concatenate, create_empty_array, iterate

from . import errors, step_codec
from ._options import known_reset_options
from ._proto.infoops.v1 import environment_service_pb2 as pb
from .client import Connection

_FIRST = itemgetter(0)
_AGENT_ID = attrgetter("agent_id")
_OBSERVATION = attrgetter("observation")
_INFO = attrgetter("info")
_OUTCOME = attrgetter("reward", "terminated", "truncated")


def adopt_spec(env: VectorEnv, spec, num_envs: int, render_mode: str | None) -> None:
    """Sets a vector env's spaces, metadata and buffers from its sessions' spec (shared with the Ray vector env):
    a TypeError for a multi-agent environment, a ValueError for a render mode it does not offer."""
    if spec.multi_agent:
        raise TypeError(f"{spec.id} is multi-agent; a VectorEnv needs a single-agent environment")
    if render_mode is not None and render_mode not in spec.render_modes:
        raise ValueError(f"render_mode={render_mode!r} is not offered by {spec.id}; allowed: {list(spec.render_modes)}")
    env.env_spec = spec
    env._agent = spec.agents[0].agent_id
    env.num_envs = num_envs
    env.single_observation_space = spec.agents[0].observation_space
    env.single_action_space = spec.agents[0].action_space
    env.observation_space = batch_space(env.single_observation_space, num_envs)
    env.action_space = batch_space(env.single_action_space, num_envs)
    env.metadata = {"render_modes": list(spec.render_modes), "render_fps": spec.render_fps,
                    "autoreset_mode": AutoresetMode.NEXT_STEP}
    env.render_mode = render_mode
    env._observations = create_empty_array(env.single_observation_space, n=num_envs, fn=np.zeros)
    env._autoreset = np.zeros(num_envs, dtype=np.bool_)


def sub_env_seeds(seed: int | Sequence[int | None] | None, num_envs: int) -> list[int | None]:
    """The reset seed of each sub-environment: ``seed + i``, one given per sub-environment, or None for all."""
    if seed is None:
        return [None] * num_envs
    if isinstance(seed, (int, np.integer)):
        return [int(seed) + i for i in range(num_envs)]
    seeds = list(seed)
    if len(seeds) != num_envs:
        raise ValueError(f"{len(seeds)} seeds for {num_envs} sub-environments")
    return seeds


class InfoOpsVectorEnv(VectorEnv):
    """``num_envs`` sessions of ``env_id`` stepped together.

    Autoreset follows Gymnasium's default (``AutoresetMode.NEXT_STEP``): the step after an episode
    ends resets that sub-environment (in the same Batch call) and returns its first observation with
    reward 0. Sub-environment i is seeded with ``seed + i``.
    """

    def __init__(self, env_id: str, num_envs: int, options: dict | None = None, seed: int | None = None,
                 address: str | None = None, render_mode: str | None = None):
        if num_envs < 1:
            raise ValueError(f"num_envs={num_envs}; allowed: 1 or more")
        self._connection = Connection(address)
        self._sessions = []
        try:
            for i in range(num_envs):
                self._sessions.append(self._connection.create_session(
                    env_id, options, None if seed is None else seed + i))
        except BaseException:
            self._close_sessions()
            raise
        try:
            adopt_spec(self, self._sessions[0].spec, num_envs, render_mode)
        except (TypeError, ValueError):
            self._close_sessions()
            raise
        # Serialized operations by (sub-environment, action or None for a reset): at most num_envs * (n + 1).
        space = self.single_action_space
        small = isinstance(space, spaces.Discrete) and space.n <= 64
        self._actions = range(int(space.start), int(space.start + space.n)) if small else range(0)
        self._operation_cache = {} if small else None

    def _batch(self, request: pb.BatchRequest):
        results = self._connection.call("Batch", request).results
        for i, r in enumerate(results):
            if r.WhichOneof("result") == "error":
                raise errors.from_operation_error(r.error.code, f"sub-environment {i}: {r.error.message}")
        return results

    def reset(self, *, seed: int | Sequence[int | None] | None = None, options: dict[str, Any] | None = None):
        super().reset(seed=seed if isinstance(seed, int) or seed is None else None)
        seeds = sub_env_seeds(seed, self.num_envs)
        opts = known_reset_options(options, self.env_spec.reset_options, self.env_spec.id)
        request = pb.BatchRequest()
        for s, sd in zip(self._sessions, seeds):
            request.operations.add().reset.CopyFrom(s.reset_request(sd, opts))
        results = self._batch(request)
        self._autoreset[:] = False
        infos = self._decode(results, None)
        return self._copy_observations(), infos

    def step(self, actions):
        request = self._step_request(self._per_env_actions(actions))
        results = self._batch(request)
        rewards = np.zeros(self.num_envs, dtype=np.float64)
        terminations = np.zeros(self.num_envs, dtype=np.bool_)
        truncations = np.zeros(self.num_envs, dtype=np.bool_)
        infos = self._decode(results, (rewards, terminations, truncations))
        self._autoreset = terminations | truncations
        return self._copy_observations(), rewards, terminations, truncations, infos

    def _step_request(self, per_env) -> pb.BatchRequest:
        """One operation per sub-environment: a reset after an episode's end, else a step with its action.

        With a small Discrete action space the few distinct operations are serialized once and joined
        (protobuf parses concatenated messages as one, appending repeated fields), which costs one parse
        instead of about ten field writes per sub-environment."""
        autoreset = self._autoreset.tolist()
        cache = self._operation_cache
        if cache is not None and type(per_env) is list and all(a in self._actions for a in per_env):
            keys = [(i, None if reset else a) for i, (reset, a) in enumerate(zip(autoreset, per_env))]
            parts = []
            for key in keys:
                part = cache.get(key)
                if part is None:
                    one = pb.BatchRequest()
                    self._add_operation(one.operations, *key)
                    part = cache[key] = one.SerializeToString()
                parts.append(part)
            return pb.BatchRequest.FromString(b"".join(parts))
        request = pb.BatchRequest()
        for i, (reset, action) in enumerate(zip(autoreset, per_env)):
            self._add_operation(request.operations, i, None if reset else action)
        return request

    def _add_operation(self, operations, i: int, action) -> None:
        """Sub-environment i's operation: its reset when ``action`` is None, else its step."""
        session, op = self._sessions[i], operations.add()
        if action is None:  # as Session.reset_request(None, None)
            op.reset.session_id = session.session_id
            op.reset.options.SetInParent()
        else:  # as Session.step_request({agent: action})
            step = op.step
            step.session_id = session.session_id
            a = step.actions.add()
            a.agent_id = self._agent
            session.action_encoders[self._agent](action, a.action)

    def _per_env_actions(self, actions):
        """Each sub-environment's action: plain ints for a Discrete action space given an integer array
        (what its encoder sends fastest), else Gymnasium's iteration over the batch space."""
        if (isinstance(self.single_action_space, spaces.Discrete) and type(actions) is np.ndarray
                and actions.shape == (self.num_envs,) and actions.dtype.kind == "i"):
            return actions.tolist()
        return iterate(self.action_space, actions)

    def _decode(self, results, transitions):
        """Writes the sub-environments' observations into the batch buffer and, for steps, their rewards and
        flags into ``transitions``; returns the infos. Values the compiled decoders do not take (see
        step_codec) go through the sessions' generic decoding and Gymnasium's own batching."""
        stepped = [r.WhichOneof("result") == "step" for r in results]
        answers = [r.step.agents if is_step else r.reset.agents for r, is_step in zip(results, stepped)]
        try:
            if set(map(len, answers)) != {1}:
                raise step_codec.Mismatch
            agents = list(map(_FIRST, answers))
            if set(map(_AGENT_ID, agents)) != {self._agent}:
                raise step_codec.Mismatch
            decoder = self._sessions[0].observation_decoders[self._agent]
            decoder.into(list(map(_OBSERVATION, agents)), self._observations)
            infos = step_codec.batch_infos(list(map(_INFO, agents)))
        except step_codec.Mismatch:
            return self._decode_generic(results, transitions)
        if transitions is not None:
            rewards, terminations, truncations = transitions
            if all(stepped):
                rewards[:], terminations[:], truncations[:] = zip(*map(_OUTCOME, agents))
            else:
                for i, (is_step, a) in enumerate(zip(stepped, agents)):
                    if is_step:
                        rewards[i], terminations[i], truncations[i] = a.reward, a.terminated, a.truncated
        return infos

    def _decode_generic(self, results, transitions):
        observations, infos = [], {}
        for i, (session, r) in enumerate(zip(self._sessions, results)):
            if r.WhichOneof("result") == "reset":
                obs, info = session.decode_reset(r.reset)
                observations.append(obs[self._agent])
                infos = self._add_info(infos, info[self._agent], i)
            else:
                moves, _ = session.decode_step(r.step)
                t = moves[self._agent]
                observations.append(t.observation)
                if transitions is not None:
                    rewards, terminations, truncations = transitions
                    rewards[i], terminations[i], truncations[i] = t.reward, t.terminated, t.truncated
                infos = self._add_info(infos, t.info, i)
        self._observations = concatenate(self.single_observation_space, observations, self._observations)
        return infos

    def _copy_observations(self):
        """A copy of the batch buffer for the caller (the buffer is rewritten by the next step)."""
        obs = self._observations
        if type(obs) is dict:
            if all(type(v) is np.ndarray for v in obs.values()):
                return {k: v.copy() for k, v in obs.items()}
        elif type(obs) is np.ndarray:
            return obs.copy()
        return deepcopy(obs)

    def render(self):
        if self.render_mode is None:
            return None
        return tuple(s.render(self.render_mode) for s in self._sessions)

    def close_extras(self, **kwargs):
        self._close_sessions()

    def _close_sessions(self):
        try:
            for s in self._sessions:
                s.close()
        finally:
            self._sessions = []
            self._connection.close()


def make_vector_env(env_id: str, num_envs: int = 1, **kwargs) -> InfoOpsVectorEnv:
    """Gymnasium ``vector_entry_point`` for every registered single-agent id."""
    kwargs.pop("vectorization_mode", None)
    return InfoOpsVectorEnv(env_id, num_envs, **kwargs)
