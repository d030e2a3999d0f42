package org.infoops.rpc;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands between the transport and every service of the server (environments, health, reflection):
 * <ul>
 *   <li>decodes each request itself, so a request that is not a valid protobuf message (random bytes,
 *       truncated or bit-flipped data, invalid UTF-8 in a string, nesting over protobuf's limit) fails
 *       with INVALID_ARGUMENT and a short message, not gRPC's generic UNKNOWN, and is logged as one
 *       rate-limited line instead of a stack trace;</li>
 *   <li>keeps the open calls, so a shutdown can end idle streams at once and answer calls still running
 *       when the grace period expires with UNAVAILABLE.</li>
 * </ul>
 * gRPC decodes requests before any interceptor sees them and treats a decoding failure as an application
 * error, hence the wrapped marshaller: decoding never throws, it yields a {@link Decoded} that says what failed.
 */
final class RequestGuard {
    /** Protobuf's default recursion limit for one message (CodedInputStream). */
    static final int NESTING_LIMIT = 100;

    private final RateLimitedLog log;
    private final Set<GuardedCall<?, ?>> open = ConcurrentHashMap.newKeySet();

    RequestGuard(RateLimitedLog log) {
        this.log = log;
    }

    /** The same service with every method's requests decoded by the guard. */
    ServerServiceDefinition guard(ServerServiceDefinition service) {
        ServiceDescriptor original = service.getServiceDescriptor();
        List<ServerMethodDefinition<?, ?>> methods = new ArrayList<>();
        ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(original.getName())
                .setSchemaDescriptor(original.getSchemaDescriptor());
        for (ServerMethodDefinition<?, ?> m : service.getMethods()) {
            ServerMethodDefinition<?, ?> guarded = guard(m);
            methods.add(guarded);
            descriptor.addMethod(guarded.getMethodDescriptor());
        }
        ServerServiceDefinition.Builder b = ServerServiceDefinition.builder(descriptor.build());
        for (ServerMethodDefinition<?, ?> m : methods) b.addMethod(m);
        return b.build();
    }

    /** Calls open now (for shutdown). */
    List<GuardedCall<?, ?>> openCalls() {
        return List.copyOf(open);
    }

    private <Q, R> ServerMethodDefinition<Decoded<Q>, R> guard(ServerMethodDefinition<Q, R> definition) {
        MethodDescriptor<Q, R> method = definition.getMethodDescriptor();
        MethodDescriptor<Decoded<Q>, R> guarded = method.toBuilder(new DecodingMarshaller<>(method), method.getResponseMarshaller()).build();
        ServerCallHandler<Q, R> handler = definition.getServerCallHandler();
        return ServerMethodDefinition.create(guarded, (call, headers) -> start(call, headers, method, handler));
    }

    private <Q, R> ServerCall.Listener<Decoded<Q>> start(ServerCall<Decoded<Q>, R> transport, Metadata headers,
                                                         MethodDescriptor<Q, R> method, ServerCallHandler<Q, R> handler) {
        GuardedCall<Q, R> call = new GuardedCall<>(transport, method);
        open.add(call);
        ServerCall.Listener<Q> inner;
        call.enter();
        try {
            inner = handler.startCall(call, headers);
        } finally {
            call.leave();
        }
        return new ServerCall.Listener<>() {
            @Override
            public void onMessage(Decoded<Q> message) {
                if (call.endedByServer()) return;
                if (message.error() != null) {
                    log.note("malformed request to " + method.getFullMethodName() + ": " + message.error());
                    call.closeWith(Status.INVALID_ARGUMENT.withDescription(
                            "request to " + method.getBareMethodName() + " could not be read: " + message.error()));
                    return;
                }
                call.enter();
                try {
                    inner.onMessage(message.value());
                } finally {
                    call.leave();
                }
            }

            @Override
            public void onHalfClose() {
                if (call.endedByServer()) return;
                call.enter();
                try {
                    inner.onHalfClose();
                } finally {
                    call.leave();
                }
            }

            @Override
            public void onReady() {
                if (!call.endedByServer()) inner.onReady();
            }

            @Override
            public void onCancel() {
                open.remove(call);
                inner.onCancel();
            }

            @Override
            public void onComplete() {
                open.remove(call);
                // A call the guard ended is a cancelled call for the service (a stream then frees its sessions).
                if (call.endedByServer()) inner.onCancel();
                else inner.onComplete();
            }
        };
    }

    /** A decoded request, or what made it unreadable. */
    record Decoded<Q>(Q value, String error) {}

    /** Decodes with the method's own marshaller; a failure becomes a short description, never an exception. */
    private static final class DecodingMarshaller<Q> implements MethodDescriptor.Marshaller<Decoded<Q>> {
        private final MethodDescriptor<Q, ?> method;

        DecodingMarshaller(MethodDescriptor<Q, ?> method) {
            this.method = method;
        }

        @Override
        public InputStream stream(Decoded<Q> value) {
            return method.streamRequest(value.value());
        }

        @Override
        public Decoded<Q> parse(InputStream stream) {
            try {
                return new Decoded<>(method.parseRequest(stream), null);
            } catch (RuntimeException e) {
                return new Decoded<>(null, describe(e));
            }
        }
    }

    /** What could not be read, in a few words (protobuf's own texts are long and suggest raising limits). */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidProtocolBufferException p) {
                String m = String.valueOf(p.getMessage());
                if (m.contains("levels of nesting")) {
                    return "nested more than " + NESTING_LIMIT + " messages deep (protobuf's limit; each level of a "
                            + "Struct option or a DictValue takes 3 of them, so at most 32 such levels)";
                }
                if (m.contains("UTF-8")) return "a string field is not valid UTF-8";
                if (m.contains("truncated")) return "the message is truncated (not a complete protobuf message)";
                return "not a valid protobuf message (" + shortReason(m) + ")";
            }
        }
        return "not a valid protobuf message";
    }

    private static String shortReason(String protobufMessage) {
        String first = protobufMessage.split("\\.", 2)[0];
        return first.length() > 120 ? first.substring(0, 120) : first;
    }
}
