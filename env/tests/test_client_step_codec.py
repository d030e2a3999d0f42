"""The compiled step codecs give exactly what the generic codec gives: same keys, types, dtypes, shapes and
values, on every environment's real answers and on hand-made values that the fast paths must refuse."""
import gymnasium
import numpy as np
import pytest
from gymnasium import spaces

import infoops_env
from infoops_env import codec, step_codec
from infoops_env._proto.infoops.v1 import environment_service_pb2 as pb
from infoops_env._proto.infoops.v1 import tensor_pb2
from infoops_env.vector_env import InfoOpsVectorEnv


def _same(a, b):
    """Equal and of the same type (dtype and shape for arrays), recursively."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, dict):
        assert list(a) == list(b)
        for k in a:
            _same(a[k], b[k])
    elif isinstance(a, tuple):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            _same(x, y)
    elif isinstance(a, (np.ndarray, np.generic)):
        assert a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b), (a, b)
    else:
        assert a == b


@pytest.mark.parametrize("env_id", infoops_env.environment_ids())
def test_compiled_decoding_equals_the_generic_one_on_real_answers(address, env_id):
    connection = infoops_env.Connection(address)
    try:
        session = connection.create_session(env_id, None, seed=3)
        spaces_by_agent = {a.agent_id: a for a in session.spec.agents}
        for a in spaces_by_agent.values():
            a.action_space.seed(3)
        answers = [connection.stub.Reset(session.reset_request(3, None))]
        live = [a.agent_id for a in answers[0].agents]
        for _ in range(4):
            if not live:
                break
            actions = {agent: spaces_by_agent[agent].action_space.sample() for agent in live}
            response = connection.stub.Step(session.step_request(actions))
            answers.append(response)
            live = list(response.live_agents)
        for response in answers:
            for a in response.agents:
                space = spaces_by_agent[a.agent_id].observation_space
                fast = session.observation_decoders[a.agent_id].one(a.observation)
                _same(fast, codec.value_from_proto(a.observation, space))
                _same(step_codec.info_from_proto(a.info), codec.info_from_proto(a.info))
        session.close()
    finally:
        connection.close()


def _tensor_value(arr) -> tensor_pb2.Value:
    return codec.value_to_proto(np.asarray(arr), None)


def test_leaves_that_do_not_match_their_space_take_the_generic_path():
    box = spaces.Box(0, 1, shape=(4,), dtype=np.float32)
    odd = [_tensor_value(np.zeros(4, dtype=np.float64)),        # another dtype
           _tensor_value(np.zeros((2, 2), dtype=np.float32)),   # another shape, same count
           _tensor_value(np.zeros(5, dtype=np.float32)),        # another count
           _tensor_value(np.arange(4, dtype=np.float32))]       # as the space says
    decoder = step_codec.ObservationDecoder(box)
    for value in odd:
        _same(decoder.one(value), codec.value_from_proto(value, box))
    for bad in odd[:3]:
        with pytest.raises(step_codec.Mismatch):
            decoder.into([odd[3], bad], np.zeros((2, 4), dtype=np.float32))
    out = np.zeros((2, 4), dtype=np.float32)
    decoder.into([odd[3], odd[3]], out)
    assert np.array_equal(out, np.tile(np.arange(4, dtype=np.float32), (2, 1)))

    discrete = spaces.Discrete(5)
    decoder = step_codec.ObservationDecoder(discrete)
    for value in (_tensor_value(np.int64(3)), _tensor_value(np.array([3])), _tensor_value(np.int32(3))):
        _same(decoder.one(value), codec.value_from_proto(value, discrete))
    with pytest.raises(step_codec.Mismatch):
        decoder.into([_tensor_value(np.int64(3)), _tensor_value(np.int32(3))], np.zeros(2, dtype=np.int64))

    nested = spaces.Dict({"a": discrete, "b": box})
    extra = tensor_pb2.Value()
    extra.dict.entries["a"].CopyFrom(_tensor_value(np.int64(1)))
    extra.dict.entries["b"].CopyFrom(odd[3])
    extra.dict.entries["c"].CopyFrom(odd[3])
    decoder = step_codec.ObservationDecoder(nested)
    _same(decoder.one(extra), codec.value_from_proto(extra, nested))
    with pytest.raises(step_codec.Mismatch):
        decoder.into([extra], {"a": np.zeros(1, dtype=np.int64), "b": np.zeros((1, 4), dtype=np.float32)})


def _info(**entries) -> tensor_pb2.DictValue:
    info = tensor_pb2.DictValue()
    for key, value in entries.items():
        if isinstance(value, str):
            info.entries[key].text = value
        else:
            info.entries[key].CopyFrom(_tensor_value(value))
    return info


def test_batched_infos_equal_gymnasium_add_info():
    env = gymnasium.vector.VectorEnv()
    env.num_envs = 4
    cases = [
        [_info(step=np.int64(i), misses=np.int64(1)) for i in range(4)],                   # all alike
        [_info(step=np.int64(1)), _info(misses=np.int64(2), paying_arm=np.int64(0), step=np.int64(5)),
         _info(), _info(score=np.float32(0.5), step=np.int64(2))],                        # keys come and go
    ]
    for infos in cases:
        expected = {}
        for i, info in enumerate(infos):
            expected = env._add_info(expected, codec.info_from_proto(info), i)
        _same(step_codec.batch_infos(infos), expected)
    for refused in ([_info(step=np.int64(1)), _info(step=np.float64(1.0))],               # dtype differs
                    [_info(step=np.int64(1)), _info(step=np.array([1]))],                  # not a scalar
                    [_info(note="text")], [_info(final_obs=np.int64(1))]):
        with pytest.raises(step_codec.Mismatch):
            step_codec.batch_infos(refused)


@pytest.mark.parametrize("space, actions", [
    (spaces.Discrete(4), [2, np.int64(3), np.int32(1), True, 1.5, np.uint64(2), np.array(2), 2**70]),
    (spaces.Box(-1, 1, shape=(2,), dtype=np.float32),
     [np.zeros(2, dtype=np.float32), np.zeros(2), [0.5, 0.25], np.zeros(3, dtype=np.float32)]),
    (spaces.MultiBinary(3), [np.array([1, 0, 1], dtype=np.int8), [1, 0, 1]]),
])
def test_compiled_action_encoding_sends_the_generic_bytes(space, actions):
    encode = step_codec.action_encoder(space)
    for action in actions:
        try:
            expected = codec.value_to_proto(action, space).SerializeToString()
        except (TypeError, OverflowError, ValueError) as e:
            with pytest.raises(type(e)):
                encode(action, tensor_pb2.Value())
            continue
        fast = tensor_pb2.Value()
        encode(action, fast)
        assert fast.SerializeToString() == expected, action


@pytest.mark.parametrize("env_id, options", [("diagnostic/bandit-v0", {"episode_steps": 20, "max_misses": 2}),
                                             ("diagnostic/reach-v0", None)])
def test_vector_env_batch_decoding_equals_the_generic_path(address, env_id, options):
    """Same seeds and actions through the batch decoders and through per-session decoding plus Gymnasium's
    concatenate/_add_info: identical observations, rewards, flags and infos, autoresets included."""
    fast = InfoOpsVectorEnv(env_id, 5, options=options, address=address)
    slow = InfoOpsVectorEnv(env_id, 5, options=options, address=address)
    slow._decode = slow._decode_generic
    generic_calls = []
    fast._decode_generic = lambda *args: generic_calls.append(1)
    try:
        _same(fast.reset(seed=11), slow.reset(seed=11))
        fast.action_space.seed(11)
        mixed = 0
        for _ in range(25):
            actions = fast.action_space.sample()
            resetting = fast._autoreset.copy()
            a, b = fast.step(actions), slow.step(actions)
            mixed += bool(resetting.any() and not resetting.all())
            _same(a, b)
        assert not generic_calls, "the batch decoders refused the server's answers"
        assert mixed or env_id != "diagnostic/bandit-v0", "no step mixed autoresets with steps"
    finally:
        fast.close()
        slow.close()


def test_vector_env_step_requests_equal_the_sessions_own(address):
    """The joined serialized operations and the in-place ones are the requests Session would build."""
    env = InfoOpsVectorEnv("diagnostic/bandit-v0", 3, address=address)
    try:
        env.reset(seed=1)
        s = env._sessions
        env._autoreset[:] = [False, True, False]
        expected = pb.BatchRequest(operations=[pb.Operation(step=s[0].step_request({"agent": 0})),
                                               pb.Operation(reset=s[1].reset_request(None, None)),
                                               pb.Operation(step=s[2].step_request({"agent": 3}))])
        joined = env._step_request([0, 1, 3])
        assert len(env._operation_cache) == 3
        cache, env._operation_cache = env._operation_cache, None
        in_place = env._step_request([0, 1, 3])
        assert joined == expected and in_place == expected
        env._operation_cache = cache
        env._autoreset[:] = False
        outside = env._step_request([0, 9, -1])  # not cached; sent as they are, for the server to refuse
        assert [o.step.actions[0].action.tensor.int64_values.values[0] for o in outside.operations] == [0, 9, -1]
        assert len(cache) == 3
    finally:
        env.close()


@pytest.mark.parametrize("space", [spaces.Box(0, 1, shape=(), dtype=np.float64), spaces.Box(0, 1, shape=(1,), dtype=np.float32),
                                   spaces.Box(0, 9, shape=(1, 1), dtype=np.int32), spaces.Box(0, 9, shape=(), dtype=np.int64),
                                   spaces.Discrete(5)])
def test_one_element_leaves_equal_the_generic_path(space):
    """One number read from its container gives what the generic path gives, and anything else (another dtype,
    shape or count) goes the generic way."""
    decoder = step_codec.ObservationDecoder(space)
    values = [np.asarray(space.sample())]
    for dtype in (np.float64, np.float32, np.int64, np.int32, np.int8):
        values += [np.array(3, dtype=dtype), np.array([3], dtype=dtype), np.array([[3]], dtype=dtype),
                   np.array([1, 2], dtype=dtype), np.zeros(0, dtype=dtype), np.array(-100, dtype=dtype)]
    for v in values:
        value = _tensor_value(v)
        first, second = decoder.one(value), decoder.one(value)
        _same(first, codec.value_from_proto(value, space))
        if isinstance(first, np.ndarray) and first.size:  # writable, and nobody else's
            first[...] = 0
            _same(second, codec.value_from_proto(value, space))


def test_info_scalars_of_every_field_equal_the_generic_ones():
    info = _info(a=np.int64(-5), b=np.int32(7), c=np.float64(0.1), d=np.float32(0.1), e=np.array([1]),
                 f=np.int8(3), g=np.bool_(True), h="text", i=np.array(2**62), j=np.zeros((0,)))
    info.entries["k"].dict.entries["x"].CopyFrom(_tensor_value(np.int64(1)))
    _same(step_codec.info_from_proto(info), codec.info_from_proto(info))


@pytest.mark.parametrize("env_id,transport", [("diagnostic/bandit-v0", "unary"), ("diagnostic/coordination-v0", "unary"),
                                              ("diagnostic/bandit-v0", "stream")])
def test_step_bytes_are_the_step_request_serialized(address, env_id, transport):
    """Prebuilt request bytes (the cached Discrete actions, joined per agent) are exactly the request that
    step_request builds, for ints, numpy ints, out-of-range and odd actions, one agent or several."""
    connection = infoops_env.Connection(address)
    try:
        session = connection.create_session(env_id, None, seed=1, transport=transport)
        agents = [a.agent_id for a in session.spec.agents]
        n = int(getattr(session.spec.agents[0].action_space, "n", 4))  # a multi-agent id has MultiDiscrete actions
        for action in (0, 1, np.int64(1), np.int32(1), np.uint8(1), True, 1.0, np.float64(1.0), -1, int(n), 2**70,
                       np.array(1), [1], "x"):
            for chosen in (agents[:1], agents, list(reversed(agents)) + ["nobody"]):
                actions = {agent: action for agent in chosen}
                try:
                    expected = session.step_request(actions).SerializeToString()
                except Exception as e:  # noqa: BLE001 - the same failure is expected
                    with pytest.raises(type(e)):
                        session.step_bytes(actions)
                    continue
                assert session.step_bytes(actions) == expected, (action, chosen)
                assert session.step_bytes(actions) == expected  # from the cache the second time
        assert all(len(c) <= n for c in session._action_bytes.values())
        session.reset(seed=1)
        transitions, live = session.step({a.agent_id: a.action_space.sample() for a in session.spec.agents})
        assert set(transitions) == set(agents)
        session.close()
    finally:
        connection.close()
