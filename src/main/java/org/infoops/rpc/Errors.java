package org.infoops.rpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.infoops.env.EnvironmentFailure;
import org.infoops.env.EpisodeStateException;
import org.infoops.env.InvalidValueException;
import org.infoops.env.UnknownEnvironmentException;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationError;

import java.io.PrintStream;

/** Maps failures to gRPC status codes; the message always passes through unchanged. */
final class Errors {
    private Errors() {}

    static Status toStatus(Throwable t) {
        Status.Code code;
        String message = t.getMessage();
        if (t instanceof InvalidValueException) {
            code = Status.Code.INVALID_ARGUMENT;
        } else if (t instanceof EpisodeStateException) {
            code = Status.Code.FAILED_PRECONDITION;
        } else if (t instanceof UnknownEnvironmentException) {
            code = Status.Code.NOT_FOUND;
        } else if (t instanceof ServiceException s) {
            code = s.code();
        } else if (t instanceof StatusRuntimeException s) {
            return s.getStatus();
        } else if (t instanceof EnvironmentFailure) {
            code = Status.Code.INTERNAL;
            report(t);
        } else {
            code = Status.Code.INTERNAL;
            message = "internal server error: " + t;
            report(t);
        }
        return Status.fromCode(code).withDescription(message);
    }

    static StatusRuntimeException toException(Throwable t) {
        return toStatus(t).asRuntimeException();
    }

    static OperationError toError(Throwable t) {
        Status s = toStatus(t);
        return OperationError.newBuilder()
                .setCode(s.getCode().value())
                .setMessage(s.getDescription() == null ? s.getCode().name() : s.getDescription())
                .build();
    }

    /** Defects are printed with their stack trace: the client only sees the message. */
    private static void report(Throwable t) {
        PrintStream err = System.err;
        err.println("infoops-gym server: internal error: " + t);
        t.printStackTrace(err);
    }
}
