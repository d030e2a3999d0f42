from infoops_env import bench


def test_bench_script_runs_end_to_end(address, capsys):
    bench.main(["--iterations", "50", "--warmup", "10", "--batch-sessions", "1,2", "--batch-seconds", "0.3",
                "--address", address])
    out = capsys.readouterr().out
    for line in ("empty unary call (floor)", "grpcio echo (Python floor)", "gRPC unary step", "gRPC stream step",
                 "Batch throughput", "vec/raw"):
        assert line in out, out
