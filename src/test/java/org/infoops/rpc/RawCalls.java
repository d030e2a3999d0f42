package org.infoops.rpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Sends raw bytes as the request of any method of the server, as a hostile client would, and returns the status. */
final class RawCalls {
    static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private RawCalls() {}

    /** Every method of the environment service and of health checking. */
    static List<MethodDescriptor<byte[], byte[]>> methods() {
        List<MethodDescriptor<byte[], byte[]>> out = new ArrayList<>();
        for (MethodDescriptor<?, ?> m : EnvironmentServiceGrpc.getServiceDescriptor().getMethods()) out.add(raw(m));
        out.add(raw(HealthGrpc.getCheckMethod()));
        out.add(raw(HealthGrpc.getWatchMethod()));
        return out;
    }

    static MethodDescriptor<byte[], byte[]> raw(MethodDescriptor<?, ?> m) {
        return m.toBuilder(BYTES, BYTES).build();
    }

    /** The status of one call with {@code request} as its only request message (OK if it succeeded). */
    static Status call(Channel channel, MethodDescriptor<byte[], byte[]> method, byte[] request) {
        CallOptions options = CallOptions.DEFAULT.withDeadlineAfter(20, TimeUnit.SECONDS);
        try {
            switch (method.getType()) {
                case UNARY -> ClientCalls.blockingUnaryCall(channel, method, options, request);
                case SERVER_STREAMING -> {
                    // A health watch stays open: its first answer, or its error, is what counts.
                    Iterator<byte[]> it = ClientCalls.blockingServerStreamingCall(channel.newCall(method, options), request);
                    it.hasNext();
                    return Status.OK;
                }
                default -> {
                    return bidi(channel.newCall(method, options), request);
                }
            }
            return Status.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus();
        }
    }

    private static Status bidi(ClientCall<byte[], byte[]> call, byte[] request) {
        CompletableFuture<Status> done = new CompletableFuture<>();
        StreamObserver<byte[]> requests = ClientCalls.asyncBidiStreamingCall(call, new StreamObserver<>() {
            @Override
            public void onNext(byte[] value) {
            }

            @Override
            public void onError(Throwable t) {
                done.complete(Status.fromThrowable(t));
            }

            @Override
            public void onCompleted() {
                done.complete(Status.OK);
            }
        });
        requests.onNext(request);
        requests.onCompleted();
        try {
            return done.get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            call.cancel("no answer", e);
            return Status.DEADLINE_EXCEEDED;
        }
    }
}
