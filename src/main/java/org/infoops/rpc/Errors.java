package org.infoops.rpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.infoops.env.BudgetExceededException;
import org.infoops.env.EnvironmentFailure;
import org.infoops.env.EpisodeStateException;
import org.infoops.env.InvalidValueException;
import org.infoops.env.UnknownEnvironmentException;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationError;

import java.io.PrintStream;

/**
 * Maps failures to gRPC status codes. Messages pass through, cut to {@link #MAX_MESSAGE} characters as a last
 * guard (the places that quote a client's value already quote only a short prefix of it), so every status
 * fits far below gRPC's limit of about 8 KiB for a status and a client always sees the real code.
 */
final class Errors {
    /** Longest message a status carries: well under 1 KiB even in multi-byte UTF-8 for common text. */
    static final int MAX_MESSAGE = 700;

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
        } else if (t instanceof BudgetExceededException) {
            code = Status.Code.RESOURCE_EXHAUSTED;
        } else if (t instanceof ServiceException s) {
            code = s.code();
        } else if (t instanceof StatusRuntimeException s) {
            return s.getStatus().withDescription(cut(s.getStatus().getDescription()));
        } else if (t instanceof EnvironmentFailure) {
            code = Status.Code.INTERNAL;
            report(t);
        } else {
            code = Status.Code.INTERNAL;
            message = "internal server error: " + t;
            report(t);
        }
        return Status.fromCode(code).withDescription(cut(message));
    }

    /** {@code message} cut to {@link #MAX_MESSAGE} characters, saying so. */
    static String cut(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) return message;
        return message.substring(0, MAX_MESSAGE - 40) + "... (message cut; " + message.length() + " characters)";
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
