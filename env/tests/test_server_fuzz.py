"""Fuzz suite: random and mutated requests to every method of the real server, as a hostile client sends them.

Asserts only the contract: every answer is OK or one of the contract's status codes (never UNKNOWN or INTERNAL),
every status message is under 1 KiB, a failed call changes no session (a victim session that receives the bad
calls keeps stepping exactly like its twin), and a canary session alongside stays healthy.

CI runs a short pass (about a minute). A longer pass: ``INFOOPS_FUZZ_EXAMPLES=2000 scripts/fuzz.sh``.
Counts by status code are printed in pytest's summary (conftest.py).
"""
from __future__ import annotations

import collections
import os
import random

import grpc
import pytest
from google.protobuf import struct_pb2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infoops_env._proto.infoops.v1 import environment_service_pb2 as pb
from infoops_env._proto.infoops.v1 import tensor_pb2

EXAMPLES = int(os.environ.get("INFOOPS_FUZZ_EXAMPLES", "400"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize="INFOOPS_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large, HealthCheck.large_base_example])

SERVICE = "/infoops.v1.EnvironmentService/"
UNARY = ["ListEnvironments", "CreateSession", "Reset", "Step", "Render", "CloseSession", "Batch", "Ping"]
HEALTH_CHECK = "/grpc.health.v1.Health/Check"
HEALTH_WATCH = "/grpc.health.v1.Health/Watch"
METHODS = [SERVICE + m for m in UNARY] + [SERVICE + "Stream", HEALTH_CHECK, HEALTH_WATCH]
CONTRACT = {grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.NOT_FOUND,
            grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.RESOURCE_EXHAUSTED}
BANDIT = "diagnostic/bandit-v0"

COUNTS: collections.Counter = collections.Counter()


@pytest.fixture(scope="module")
def channel(address):
    ch = grpc.insecure_channel(address, options=[("grpc.max_receive_message_length", 64 * 1024 * 1024)])
    yield ch
    ch.close()


def send(channel, method: str, request: bytes) -> tuple[grpc.StatusCode, str]:
    """The status of one call whose only request message is ``request`` (raw bytes, no serialisation)."""
    try:
        if method == HEALTH_WATCH:
            call = channel.unary_stream(method)(request, timeout=10)
            try:
                next(call)
            finally:
                call.cancel()
        elif method.endswith("/Stream"):
            for _ in channel.stream_stream(method)(iter([request]), timeout=10):
                pass
        else:
            channel.unary_unary(method)(request, timeout=10)
        code, details = grpc.StatusCode.OK, ""
    except grpc.RpcError as e:
        code, details = e.code(), e.details() or ""
    COUNTS[code.name] += 1
    return code, details


def assert_contract(code: grpc.StatusCode, details: str, what: str) -> None:
    assert code in CONTRACT, f"{what}: {code.name} {details[:300]}"
    assert len(details.encode()) < 1024, f"{what}: a {len(details.encode())}-byte message"


class Twins:
    """A victim session that receives bad calls and its twin that does not; they must stay in lockstep."""

    def __init__(self, channel, seed: int):
        self.stub_create = channel.unary_unary(SERVICE + "CreateSession", pb.CreateSessionRequest.SerializeToString,
                                               pb.CreateSessionResponse.FromString)
        self.stub_reset = channel.unary_unary(SERVICE + "Reset", pb.ResetRequest.SerializeToString, pb.ResetResponse.FromString)
        self.stub_step = channel.unary_unary(SERVICE + "Step", pb.StepRequest.SerializeToString, lambda b: b)
        options = struct_pb2.Struct()
        options.update({"episode_steps": 100000, "max_misses": 1000})
        self.ids = [self.stub_create(pb.CreateSessionRequest(env_id=BANDIT, options=options, seed=seed)).session_id
                    for _ in range(2)]
        for i in self.ids:
            self.stub_reset(pb.ResetRequest(session_id=i, seed=seed))
        self.rng = random.Random(seed)

    @property
    def victim(self) -> str:
        return self.ids[0]

    def mirror(self, channel, method: str, request: bytes, code) -> None:
        """A call on the victim that succeeded (so it may have changed it) is repeated on the twin."""
        victim = self.ids[0].encode()
        if code == grpc.StatusCode.OK and victim in request:
            send(channel, method, request.replace(victim, self.ids[1].encode()))

    def step_both(self) -> None:
        arm = self.rng.randrange(4)
        answers = []
        for i in self.ids:
            action = tensor_pb2.Value(tensor=tensor_pb2.Tensor(int64_values=tensor_pb2.Int64Array(values=[arm])))
            answers.append(self.stub_step(pb.StepRequest(session_id=i, actions=[pb.AgentAction(agent_id="agent", action=action)])))
        assert answers[0] == answers[1], "a failed call changed the victim session's trajectory"
        if not pb.StepResponse.FromString(answers[0]).live_agents:
            seed = self.rng.randrange(1 << 30)
            for i in self.ids:
                self.stub_reset(pb.ResetRequest(session_id=i, seed=seed))


@pytest.fixture(scope="module")
def twins(channel):
    return Twins(channel, seed=21)


@pytest.fixture(scope="module")
def canary(channel):
    return Twins(channel, seed=5)


def valid_requests(victim: str) -> list[tuple[str, bytes]]:
    """One well-formed request per method, naming the victim session where a session is needed."""
    step = pb.StepRequest(session_id=victim, actions=[pb.AgentAction(agent_id="agent", action=tensor_pb2.Value(
        tensor=tensor_pb2.Tensor(int64_values=tensor_pb2.Int64Array(values=[0]))))])
    options = struct_pb2.Struct()
    options.update({"hint_reliability": 0.5, "nested": {"a": [1, "x", True]}})
    create = pb.CreateSessionRequest(env_id=BANDIT, options=options, seed=3)
    return [
        (SERVICE + "ListEnvironments", pb.ListEnvironmentsRequest().SerializeToString()),
        (SERVICE + "CreateSession", create.SerializeToString()),
        (SERVICE + "Reset", pb.ResetRequest(session_id=victim, seed=1, options=options).SerializeToString()),
        (SERVICE + "Step", step.SerializeToString()),
        (SERVICE + "Render", pb.RenderRequest(session_id=victim, mode="ansi").SerializeToString()),
        (SERVICE + "CloseSession", pb.CloseSessionRequest(session_id=victim).SerializeToString()),
        (SERVICE + "Batch", pb.BatchRequest(operations=[pb.Operation(step=step), pb.Operation(step=step)]).SerializeToString()),
        (SERVICE + "Ping", pb.PingRequest().SerializeToString()),
        (SERVICE + "Stream", pb.Operation(step=step).SerializeToString()),
        (HEALTH_CHECK, b"\n\x00"),
        (HEALTH_WATCH, b""),
    ]


def mutate(data: bytes, how: str, where: int, byte: int) -> bytes:
    if not data:
        return bytes([byte])
    i = where % len(data)
    if how == "truncate":
        return data[:i]
    if how == "flip":
        return data[:i] + bytes([data[i] ^ (1 << (byte % 8))]) + data[i + 1:]
    if how == "insert":
        return data[:i] + bytes([byte]) + data[i:]
    return data[:i] + bytes([byte]) + data[i + 1:]


@FUZZ
@given(method=st.sampled_from(METHODS), data=st.binary(max_size=300))
def test_random_bytes(channel, twins, canary, method, data):
    code, details = send(channel, method, data)
    assert_contract(code, details, method)
    canary.step_both()


@FUZZ
@given(index=st.integers(0, 10), how=st.sampled_from(["truncate", "flip", "insert", "replace"]),
       where=st.integers(0, 10_000), byte=st.integers(0, 255))
def test_mutated_requests(channel, twins, canary, index, how, where, byte):
    method, request = valid_requests(twins.victim)[index]
    if method.endswith("/CloseSession"):
        # A mutation may still be a valid close; aim it at a throwaway id instead of the victim.
        request = request.replace(twins.victim.encode(), b"s-" + b"0" * 32)
    mutated = mutate(request, how, where, byte)
    code, details = send(channel, method, mutated)
    assert_contract(code, details, method)
    twins.mirror(channel, method, mutated, code)
    twins.step_both()
    canary.step_both()


@FUZZ
@given(index=st.integers(0, 8), bad=st.binary(min_size=1, max_size=8).filter(lambda b: not _utf8(b)))
def test_invalid_utf8_is_invalid_argument(channel, twins, index, bad):
    method, request = valid_requests(twins.victim)[index]
    target = twins.victim.encode() if twins.victim.encode() in request else BANDIT.encode()
    if target not in request:
        return
    broken = request.replace(target, bad + target[len(bad):], 1)
    code, details = send(channel, method, broken)
    assert code == grpc.StatusCode.INVALID_ARGUMENT, f"{method}: {code.name} {details[:200]}"
    assert "UTF-8" in details or "could not be read" in details
    twins.step_both()


def _utf8(b: bytes) -> bool:
    try:
        b.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited protobuf field, written by hand (the Python library refuses to build deep messages)."""
    def varint(n: int) -> bytes:
        out = bytearray()
        while True:
            b, n = n & 0x7F, n >> 7
            out.append(b | (0x80 if n else 0))
            if not n:
                return bytes(out)
    return varint(number << 3 | 2) + varint(len(payload)) + payload


def _nested_struct(depth: int) -> bytes:
    """A google.protobuf.Struct {"k": {"k": ... {}}} with ``depth`` levels of Struct."""
    inner = b""
    for _ in range(depth - 1):
        entry = _field(1, b"k") + _field(2, _field(5, inner))
        inner = _field(1, entry)
    return inner


@FUZZ
@given(depth=st.integers(1, 80), where=st.sampled_from(["create", "reset", "stream"]))
def test_nesting_over_the_limit_is_invalid_argument(channel, twins, depth, where):
    options = _nested_struct(depth)
    create = _field(1, BANDIT.encode()) + _field(2, options)
    if where == "create":
        method, data = SERVICE + "CreateSession", create
    elif where == "reset":
        method, data = SERVICE + "Reset", _field(1, twins.victim.encode()) + _field(3, options)
    else:
        method, data = SERVICE + "Stream", _field(1, create)
    code, details = send(channel, method, data)
    assert_contract(code, details, method)
    twins.mirror(channel, method, data, code)
    if depth >= 35:
        assert code == grpc.StatusCode.INVALID_ARGUMENT and "nested" in details, f"depth {depth}: {code.name} {details}"
    twins.step_both()


json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12)


@FUZZ
@given(options=st.dictionaries(st.sampled_from(["hint_reliability", "arms", "x", ""]) | st.text(max_size=20), json_values,
                               min_size=1, max_size=3),
       mode=st.text(max_size=20), agent=st.text(max_size=20), huge=st.integers(0, 200_000))
def test_bad_values_change_nothing(channel, twins, canary, options, mode, agent, huge):
    struct = struct_pb2.Struct()
    struct.update(options)
    calls = [
        (SERVICE + "Reset", pb.ResetRequest(session_id=twins.victim, options=struct)),
        (SERVICE + "Render", pb.RenderRequest(session_id=twins.victim, mode=mode + "?" + "m" * huge)),
        (SERVICE + "Step", pb.StepRequest(session_id=twins.victim, actions=[pb.AgentAction(
            agent_id=agent + "!" + "a" * huge, action=tensor_pb2.Value(text="x"))])),
        (SERVICE + "CreateSession", pb.CreateSessionRequest(env_id=BANDIT + "z" * huge, options=struct)),
    ]
    for method, request in calls:
        data = request.SerializeToString()
        code, details = send(channel, method, data)
        assert_contract(code, details, method)
        twins.mirror(channel, method, data, code)
        twins.step_both()
    canary.step_both()
