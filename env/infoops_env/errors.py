"""Exceptions raised by the client; server errors keep the server's status code and message."""
from __future__ import annotations

import grpc


class InfoOpsError(Exception):
    """An error reported by the InfoOps Gym server (or the launcher). ``code`` is a grpc.StatusCode or None."""

    def __init__(self, message: str, code: grpc.StatusCode | None = None):
        super().__init__(message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return self.message if self.code is None else f"{self.code.name}: {self.message}"


class NotFoundError(InfoOpsError, LookupError):
    """Unknown environment id or session (NOT_FOUND)."""


class InvalidArgumentError(InfoOpsError, ValueError):
    """An action outside its space, NaN, wrong shape or dtype, unknown agent, bad option (INVALID_ARGUMENT)."""


class FailedPreconditionError(InfoOpsError, RuntimeError):
    """Step before reset or after the episode ended (FAILED_PRECONDITION)."""


class ResourceExhaustedError(InfoOpsError, RuntimeError):
    """Too many sessions, or a request over the server's message-size limit (RESOURCE_EXHAUSTED)."""


class UnavailableError(InfoOpsError, ConnectionError):
    """The server cannot be reached or is shutting down (UNAVAILABLE)."""


class ServerStartError(InfoOpsError, RuntimeError):
    """The launcher could not start a local server."""


_BY_CODE = {
    grpc.StatusCode.NOT_FOUND: NotFoundError,
    grpc.StatusCode.INVALID_ARGUMENT: InvalidArgumentError,
    grpc.StatusCode.FAILED_PRECONDITION: FailedPreconditionError,
    grpc.StatusCode.RESOURCE_EXHAUSTED: ResourceExhaustedError,
    grpc.StatusCode.UNAVAILABLE: UnavailableError,
}

_BY_NUMBER = {code.value[0]: code for code in grpc.StatusCode}


def from_status(code: grpc.StatusCode, message: str) -> InfoOpsError:
    return _BY_CODE.get(code, InfoOpsError)(message, code)


def from_rpc_error(error: grpc.RpcError) -> InfoOpsError:
    code = error.code() if hasattr(error, "code") else grpc.StatusCode.UNKNOWN
    details = error.details() if hasattr(error, "details") else str(error)
    return from_status(code, details or code.name)


def from_operation_error(code_number: int, message: str) -> InfoOpsError:
    return from_status(_BY_NUMBER.get(code_number, grpc.StatusCode.UNKNOWN), message)
