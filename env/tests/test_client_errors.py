"""Every error case reaches Python as an exception with the server's status code and message, and a
second, healthy session on the same server keeps working afterwards."""
import grpc
import numpy as np
import pytest

import infoops_env
from infoops_env import errors
from infoops_env._proto.infoops.v1 import environment_service_pb2 as pb


def _expect(exc_type, code, call, *parts):
    with pytest.raises(exc_type) as info:
        call()
    assert info.value.code == code
    for part in parts:
        assert part in info.value.message, info.value.message
    return info.value


def test_unknown_environment_is_not_found(address, healthy):
    _expect(errors.NotFoundError, grpc.StatusCode.NOT_FOUND,
            lambda: infoops_env.InfoOpsEnv("diagnostic/nope-v0", address=address), "diagnostic/nope-v0", "known ids")
    healthy()


def test_unknown_session_is_not_found(address, healthy):
    connection = infoops_env.Connection(address)
    try:
        _expect(errors.NotFoundError, grpc.StatusCode.NOT_FOUND,
                lambda: connection.call("Step", pb.StepRequest(session_id="s-nope")), "session_id", "s-nope")
    finally:
        connection.close()
    healthy()


def test_bad_options_are_invalid_arguments(address, healthy):
    _expect(errors.InvalidArgumentError, grpc.StatusCode.INVALID_ARGUMENT,
            lambda: infoops_env.InfoOpsEnv("diagnostic/bandit-v0", address=address, options={"arms": 1}),
            "options.arms", "from 2 to 32")
    healthy()


@pytest.fixture
def bandit(address):
    env = infoops_env.InfoOpsEnv("diagnostic/bandit-v0", address=address)
    yield env
    env.close()


@pytest.fixture
def reach(address):
    env = infoops_env.InfoOpsEnv("diagnostic/reach-v0", address=address)
    yield env
    env.close()


def test_action_outside_its_space(bandit, healthy):
    bandit.reset(seed=1)
    _expect(errors.InvalidArgumentError, grpc.StatusCode.INVALID_ARGUMENT, lambda: bandit.step(9),
            'actions["agent"]', "value 9", "from 0 to 3")
    bandit.step(1)
    healthy()


def test_nan_action(reach, healthy):
    reach.reset(seed=1)
    _expect(errors.InvalidArgumentError, grpc.StatusCode.INVALID_ARGUMENT,
            lambda: reach.step(np.array([0.0, np.nan], dtype=np.float32)), 'actions["agent"][1]', "NaN")
    reach.step(np.zeros(2, dtype=np.float32))
    healthy()


def test_wrong_shape_and_dtype(bandit, reach, healthy):
    reach.reset(seed=1)
    _expect(errors.InvalidArgumentError, grpc.StatusCode.INVALID_ARGUMENT,
            lambda: reach.step(np.zeros(3, dtype=np.float32)), "shape [3] is not allowed", "shape [2]")
    bandit.reset(seed=1)
    _expect(errors.InvalidArgumentError, grpc.StatusCode.INVALID_ARGUMENT,
            lambda: bandit.step(1.5), "dtype float64 is not allowed", "int64")
    reach.step(np.zeros(2))  # float64 is converted to the space's float32: nothing lost
    healthy()


def test_unknown_agent_id(address, healthy):
    env = infoops_env.parallel_env("diagnostic/coordination-v0", address=address)
    try:
        env.reset(seed=1)
        actions = {a: env.action_space(a).sample() for a in env.agents}
        actions["intruder"] = np.array([0, 0])
        _expect(errors.InvalidArgumentError, grpc.StatusCode.INVALID_ARGUMENT, lambda: env.step(actions),
                'unknown agent id "intruder"')
        del actions["intruder"]
        env.step(actions)
    finally:
        env.close()
    healthy()


def test_step_before_reset_and_after_the_end(address, healthy):
    env = infoops_env.InfoOpsEnv("diagnostic/bandit-v0", address=address, options={"episode_steps": 1})
    try:
        _expect(errors.FailedPreconditionError, grpc.StatusCode.FAILED_PRECONDITION, lambda: env.step(0), "step before reset")
        env.reset(seed=1)
        _, _, terminated, truncated, _ = env.step(0)
        assert truncated and not terminated
        _expect(errors.FailedPreconditionError, grpc.StatusCode.FAILED_PRECONDITION, lambda: env.step(0),
                "after the episode ended", "call reset")
        env.reset()
        env.step(0)
    finally:
        env.close()
    healthy()


def test_too_many_sessions_and_oversized_requests_are_resource_exhausted():
    server = infoops_env.LocalServer(extra_args=["--max-sessions", "2", "--max-message-bytes", "65536"]).start()
    try:
        a = infoops_env.InfoOpsEnv("diagnostic/reach-v0", address=server.address)
        b = infoops_env.InfoOpsEnv("diagnostic/reach-v0", address=server.address)
        _expect(errors.ResourceExhaustedError, grpc.StatusCode.RESOURCE_EXHAUSTED,
                lambda: infoops_env.InfoOpsEnv("diagnostic/reach-v0", address=server.address), "--max-sessions")
        a.reset(seed=1)
        _expect(errors.ResourceExhaustedError, grpc.StatusCode.RESOURCE_EXHAUSTED,
                lambda: a.step(np.zeros(100_000, dtype=np.float32)), "exceeds maximum size")
        a.step(np.zeros(2, dtype=np.float32))
        b.close()
        c = infoops_env.InfoOpsEnv("diagnostic/reach-v0", address=server.address)
        c.reset(seed=2)
        c.step(np.zeros(2, dtype=np.float32))
        a.close()
        c.close()
    finally:
        server.stop()
