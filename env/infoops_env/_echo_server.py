"""A pure grpcio echo server (generic handler, raw bytes, no protobuf) for ``infoops_env.bench``.

Run as ``python -m infoops_env._echo_server``: prints its port, serves until its stdin closes. It runs in a
process of its own, as our Java server does; served from the bench's own process its thread would share the
client's interpreter lock, and the floor would include that contention (1.3x our Ping, measured both ways).
"""
from __future__ import annotations

import sys
from concurrent import futures

import grpc


def main() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=1))
    echo = grpc.unary_unary_rpc_method_handler(lambda request, context: request)
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler("bench.Echo", {"Echo": echo}),))
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print(port, flush=True)
    sys.stdin.read()  # EOF: the bench is done or gone
    server.stop(None)


if __name__ == "__main__":
    main()
