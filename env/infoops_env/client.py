"""A connection to an InfoOps Gym server and the sessions on it (the layer under the Gymnasium,
PettingZoo and vector environments). Every server error is raised as an :class:`InfoOpsError`
subclass carrying the server's status code and message."""
from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

import grpc
import numpy as np
from gymnasium import spaces

from . import codec, components, errors, launcher
from ._proto.infoops.v1 import environment_service_pb2 as pb
from ._proto.infoops.v1 import environment_service_pb2_grpc as pb_grpc
from .step_codec import ObservationDecoder, action_encoder, info_from_proto as decode_info

# Observations can be large (e.g. many agents); the server's own inbound limit is stated by `serve --help`.
_CHANNEL_OPTIONS = [
    ("grpc.max_receive_message_length", 256 * 1024 * 1024),
    ("grpc.max_send_message_length", 256 * 1024 * 1024),
    # Keep the connection while an environment exists: a closed connection ends its sessions.
    ("grpc.client_idle_timeout_ms", 24 * 3600 * 1000),
]


_SERVICE = "/infoops.v1.EnvironmentService/"


def _wire(message) -> bytes:
    """A request as gRPC sends it: bytes as they are (already serialized), a message serialized."""
    return message if type(message) is bytes else message.SerializeToString()


def _length_prefix(n: int) -> bytes:
    """The varint length before a length-delimited field's bytes."""
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


# Operation.step is field 3, length-delimited: its tag byte.
_OPERATION_STEP_TAG = b"\x1a"
# Discrete action spaces up to this size get their serialized actions cached by value.
_CACHED_ACTIONS = 1024


@dataclass(frozen=True)
class AgentSpec:
    agent_id: str
    observation_space: spaces.Space
    action_space: spaces.Space


@dataclass(frozen=True)
class EnvSpec:
    """What the server says about a session's environment (spaces built from its specs)."""

    id: str
    description: str
    multi_agent: bool
    agents: tuple[AgentSpec, ...]
    reward_range: tuple[float, float]
    render_modes: tuple[str, ...]
    render_fps: int
    max_episode_steps: int
    options: dict
    reset_options: tuple[str, ...]
    by_agent: dict = field(repr=False, compare=False, default_factory=dict)

    @staticmethod
    def from_proto(spec) -> "EnvSpec":
        agents = tuple(
            AgentSpec(a.agent_id, components.named_space(a.observation_space), components.named_space(a.action_space))
            for a in spec.agents
        )
        return EnvSpec(
            id=spec.id,
            description=spec.description,
            multi_agent=spec.multi_agent,
            agents=agents,
            reward_range=(spec.reward_range.min, spec.reward_range.max),
            render_modes=tuple(spec.render_modes),
            render_fps=spec.render_fps,
            max_episode_steps=spec.max_episode_steps,
            options=codec.dict_from_struct(spec.options),
            reset_options=tuple(o.name for o in spec.reset_options),
            by_agent={a.agent_id: a for a in agents},
        )


@dataclass(slots=True)
class Transition:
    observation: Any
    reward: float
    terminated: bool
    truncated: bool
    info: dict


class Connection:
    """A channel to a server. ``address=None`` uses the process's shared local server (started on demand)."""

    def __init__(self, address: str | None = None):
        self._owns_server = address is None
        self.address = launcher.acquire() if address is None else address
        self.channel = grpc.insecure_channel(self.address, options=_CHANNEL_OPTIONS)
        self.stub = pb_grpc.EnvironmentServiceStub(self.channel)
        # The step path's calls take a message or its serialized bytes (prebuilt requests skip a serialization).
        self.step_call = self.channel.unary_unary(_SERVICE + "Step", request_serializer=_wire,
                                                  response_deserializer=pb.StepResponse.FromString,
                                                  _registered_method=True)
        self.stream_call = self.channel.stream_stream(_SERVICE + "Stream", request_serializer=_wire,
                                                      response_deserializer=pb.OperationResult.FromString,
                                                      _registered_method=True)
        self._closed = False

    def call(self, method: str, request):
        try:
            return getattr(self.stub, method)(request)
        except grpc.RpcError as e:
            raise errors.from_rpc_error(e) from None

    def list_environments(self) -> list[dict]:
        response = self.call("ListEnvironments", pb.ListEnvironmentsRequest())
        return [{"id": e.id, "description": e.description, "multi_agent": e.multi_agent,
                 "options": {o.name: o.description for o in e.options}} for e in response.environments]

    def ping(self) -> None:
        self.call("Ping", pb.PingRequest())

    def create_session(self, env_id: str, options: Mapping[str, Any] | None = None, seed: int | None = None,
                       transport: str = "unary") -> "Session":
        request = pb.CreateSessionRequest(env_id=env_id, options=codec.struct_from_dict(options))
        if seed is not None:
            request.seed = int(seed)
        response = self.call("CreateSession", request)
        return Session(self, response.session_id, EnvSpec.from_proto(response.spec), transport)

    def batch(self, operations: Sequence[pb.Operation]) -> list[pb.OperationResult]:
        return list(self.call("Batch", pb.BatchRequest(operations=operations)).results)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.channel.close()
        if self._owns_server:
            launcher.release()


class _StreamTransport:
    """One bidirectional Stream call: an operation goes out, its result comes back, in order."""

    def __init__(self, call):
        # SimpleQueue (in C) hands each operation to gRPC's request thread with less work than queue.Queue.
        self._requests: queue.SimpleQueue = queue.SimpleQueue()
        self._responses = call(iter(self._requests.get, None))
        self._lock = threading.Lock()

    def run(self, op) -> pb.OperationResult:
        """``op``: an Operation, or its serialized bytes."""
        with self._lock:
            self._requests.put(op)
            try:
                return next(self._responses)
            except grpc.RpcError as e:
                raise errors.from_rpc_error(e) from None

    def close(self) -> None:
        self._requests.put(None)
        self._responses.cancel()


def _cacheable(space) -> bool:
    return isinstance(space, spaces.Discrete) and int(space.n) <= _CACHED_ACTIONS


class Session:
    """One environment instance on the server. ``transport`` "unary" (default) or "stream"."""

    def __init__(self, connection: Connection, session_id: str, spec: EnvSpec, transport: str = "unary"):
        if transport not in ("unary", "stream"):
            raise ValueError(f"transport={transport!r}; allowed: 'unary' or 'stream'")
        self.connection = connection
        self.session_id = session_id
        self.spec = spec
        self._stream = _StreamTransport(connection.stream_call) if transport == "stream" else None
        self.closed = False
        # Built once from the spec: the step path then only reads and writes (see the step_codec module).
        self.observation_decoders = {a.agent_id: ObservationDecoder(a.observation_space) for a in spec.agents}
        self.action_encoders = {a.agent_id: action_encoder(a.action_space) for a in spec.agents}
        self._unknown_agent_encoder = action_encoder(None)
        # Serialized requests: the session's id once, then one serialized StepRequest holding only one agent's
        # action per (agent, action); protobuf parses the concatenation as one request with the actions in order.
        self._step_prefix = pb.StepRequest(session_id=session_id).SerializeToString()
        self._action_bytes = {a.agent_id: {} for a in spec.agents if _cacheable(a.action_space)}
        self._action_range = {a.agent_id: (int(a.action_space.start), int(a.action_space.start + a.action_space.n))
                              for a in spec.agents if a.agent_id in self._action_bytes}

    # -- requests (also used by the vector environment's batches)

    def reset_request(self, seed: int | None, options: Mapping[str, Any] | None) -> pb.ResetRequest:
        request = pb.ResetRequest(session_id=self.session_id, options=codec.struct_from_dict(options))
        if seed is not None:
            request.seed = int(seed)
        return request

    def step_request(self, actions: Mapping[str, Any]) -> pb.StepRequest:
        request = pb.StepRequest(session_id=self.session_id)
        self.add_actions(request, actions)
        return request

    def add_actions(self, request: pb.StepRequest, actions: Mapping[str, Any]) -> None:
        """Writes ``actions`` (by agent) into ``request``; an unknown agent's goes as it is, for the server to name."""
        encoders = self.action_encoders
        for agent, action in actions.items():
            a = request.actions.add()
            a.agent_id = str(agent)
            encoders.get(agent, self._unknown_agent_encoder)(action, a.action)

    def step_bytes(self, actions: Mapping[str, Any]) -> bytes:
        """``step_request(actions)`` serialized; integer actions of small Discrete spaces from a cache."""
        parts = [self._step_prefix]
        cached, ranges = self._action_bytes, self._action_range
        for agent, action in actions.items():
            cache = cached.get(agent)
            if cache is not None and (type(action) is int or isinstance(action, np.signedinteger)) \
                    and ranges[agent][0] <= action < ranges[agent][1]:
                part = cache.get(action)
                if part is None:
                    request = pb.StepRequest()
                    self.add_actions(request, {agent: action})
                    part = cache[int(action)] = request.SerializeToString()
            else:
                request = pb.StepRequest()
                self.add_actions(request, {agent: action})
                part = request.SerializeToString()
            parts.append(part)
        return b"".join(parts)

    def decode_reset(self, response: pb.ResetResponse) -> tuple[dict, dict]:
        observations, infos = {}, {}
        decoders = self.observation_decoders
        for a in response.agents:
            agent = a.agent_id
            observations[agent] = decoders[agent].one(a.observation)
            infos[agent] = decode_info(a.info)
        return observations, infos

    def decode_step(self, response: pb.StepResponse) -> tuple[dict[str, Transition], list[str]]:
        out = {}
        decoders = self.observation_decoders
        for a in response.agents:
            agent = a.agent_id
            out[agent] = Transition(decoders[agent].one(a.observation), a.reward, a.terminated, a.truncated,
                                    decode_info(a.info))
        return out, list(response.live_agents)

    # -- calls

    def _run(self, method: str, field_name: str, request, result_field: str):
        if self._stream is None:
            return self.connection.call(method, request)
        return self._stream_result(pb.Operation(**{field_name: request}), result_field)

    def _stream_result(self, operation, result_field: str):
        result = self._stream.run(operation)
        if result.WhichOneof("result") == "error":
            raise errors.from_operation_error(result.error.code, result.error.message)
        return getattr(result, result_field)

    def reset(self, seed: int | None = None, options: Mapping[str, Any] | None = None) -> tuple[dict, dict]:
        return self.decode_reset(self._run("Reset", "reset", self.reset_request(seed, options), "reset"))

    def step(self, actions: Mapping[str, Any]) -> tuple[dict[str, Transition], list[str]]:
        request = self.step_bytes(actions)
        if self._stream is None:
            try:
                response = self.connection.step_call(request)
            except grpc.RpcError as e:
                raise errors.from_rpc_error(e) from None
            return self.decode_step(response)
        operation = _OPERATION_STEP_TAG + _length_prefix(len(request)) + request  # Operation{step: request}
        return self.decode_step(self._stream_result(operation, "step"))

    def render(self, mode: str) -> str | np.ndarray:
        response = self._run("Render", "render", pb.RenderRequest(session_id=self.session_id, mode=mode), "render")
        if response.WhichOneof("frame") == "image":
            image = response.image
            return np.frombuffer(image.rgb, dtype=np.uint8).reshape(image.height, image.width, 3).copy()
        return response.text

    def close(self) -> None:
        """Frees the server session; quiet if the server or session is already gone."""
        if self.closed:
            return
        self.closed = True
        try:
            if self._stream is not None:
                self._stream.close()
            self.connection.call("CloseSession", pb.CloseSessionRequest(session_id=self.session_id))
        except (errors.NotFoundError, errors.UnavailableError):
            pass
