"""Build hook: generates the protobuf / gRPC stubs from the repository's proto/ directory.

The wire contract lives once, in <repo>/proto/infoops/v1/*.proto, shared with the Java server. At build
time (``pip install ./env``) this runs grpcio-tools' protoc on it, writes the modules into
``infoops_env/_proto`` (rewriting their imports to live inside this package) and records the repository
root so the launcher can find the server jar. Set INFOOPS_PROTO_DIR to build from another checkout.
"""
import os
import re
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "infoops_env"


def _proto_root() -> Path:
    root = Path(os.environ.get("INFOOPS_PROTO_DIR", HERE.parent / "proto")).resolve()
    if not (root / "infoops" / "v1").is_dir():
        raise SystemExit(
            f"infoops-env: no proto files at {root}/infoops/v1. Install from the repository checkout "
            "(pip install ./env, with env/ next to proto/) or set INFOOPS_PROTO_DIR."
        )
    return root


def generate_stubs() -> None:
    import grpc_tools
    from grpc_tools import protoc

    root = _proto_root()
    out = PACKAGE / "_proto"
    protos = sorted(str(p.relative_to(root)) for p in (root / "infoops" / "v1").glob("*.proto"))
    well_known = Path(grpc_tools.__file__).parent / "_proto"
    (out / "infoops" / "v1").mkdir(parents=True, exist_ok=True)
    args = ["grpc_tools.protoc", f"-I{root}", f"-I{well_known}",
            f"--python_out={out}", f"--grpc_python_out={out}", *protos]
    if protoc.main(args) != 0:
        raise SystemExit(f"infoops-env: protoc failed on {protos} in {root}")
    # protoc writes absolute imports (`from infoops.v1 import x_pb2`); make them package-relative.
    for module in (out / "infoops" / "v1").glob("*.py"):
        text = module.read_text()
        text = re.sub(r"^from infoops\.v1 import", "from infoops_env._proto.infoops.v1 import", text, flags=re.M)
        module.write_text(text)
    for package in (out, out / "infoops", out / "infoops" / "v1"):
        (package / "__init__.py").write_text('"""Generated from proto/ at build time; do not edit."""\n')
    (PACKAGE / "_build_info.py").write_text(
        '"""Written at build time by setup.py."""\n'
        f"REPO_ROOT = {str(HERE.parent)!r}\n"
    )


class BuildWithStubs(build_py):
    def run(self):
        generate_stubs()
        super().run()


# Generated before setup() too: egg_info and editable installs need the package directories to exist.
generate_stubs()
setup(cmdclass={"build_py": BuildWithStubs})
