"""A client that freezes (SIGSTOP) loses its sessions through HTTP/2 keepalive, long before the idle timeout.

The server (with ``--keepalive 10``, its smallest value, and room for one session) pings the frozen client's quiet
connection; the frozen process cannot answer, so after the 20 s ping timeout the connection is dropped and its
session reclaimed: a second client can then create a session. About 30 s of wall time.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import grpc

import infoops_env
from infoops_env._proto.infoops.v1 import environment_service_pb2 as pb
from infoops_env._proto.infoops.v1 import environment_service_pb2_grpc as pb_grpc

HOLDER = """
import sys, time, grpc
from infoops_env._proto.infoops.v1 import environment_service_pb2 as pb, environment_service_pb2_grpc as pb_grpc
channel = grpc.insecure_channel(sys.argv[1])
pb_grpc.EnvironmentServiceStub(channel).CreateSession(pb.CreateSessionRequest(env_id="diagnostic/bandit-v0"))
print("held", flush=True)
time.sleep(600)
"""


def test_a_frozen_clients_sessions_are_reclaimed_within_a_minute():
    server = infoops_env.LocalServer(extra_args=["--max-sessions", "1", "--keepalive", "10"]).start()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, server.address], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).parent)
    channel = grpc.insecure_channel(server.address)
    try:
        assert holder.stdout.readline().strip() == "held"
        stub = pb_grpc.EnvironmentServiceStub(channel)
        try:
            stub.CreateSession(pb.CreateSessionRequest(env_id="diagnostic/bandit-v0"))
            raise AssertionError("the server should hold its one session for the holder")
        except grpc.RpcError as e:
            assert e.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        os.kill(holder.pid, signal.SIGSTOP)
        start = time.monotonic()
        while True:
            try:
                stub.CreateSession(pb.CreateSessionRequest(env_id="diagnostic/bandit-v0"))
                break
            except grpc.RpcError as e:
                assert e.code() == grpc.StatusCode.RESOURCE_EXHAUSTED, e
                assert time.monotonic() - start < 90, "the frozen client's session was not reclaimed within 90 s"
                time.sleep(1)
    finally:
        holder.kill()
        holder.wait()
        channel.close()
        server.stop()
