package org.infoops.rpc;

import io.grpc.Status;

/** A failure of the service itself (not of an environment): unknown session, session limit, shutting down. */
final class ServiceException extends RuntimeException {
    private final Status.Code code;

    ServiceException(Status.Code code, String message) {
        super(message);
        this.code = code;
    }

    Status.Code code() {
        return code;
    }
}
