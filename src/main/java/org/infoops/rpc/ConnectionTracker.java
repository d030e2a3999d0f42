package org.infoops.rpc;

import io.grpc.Attributes;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerTransportFilter;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Gives each client connection an id, makes it visible to calls (so a session can be owned by the
 * connection that created it), and reports when a connection closes (so its sessions are reclaimed
 * as soon as the client goes away, not only after the idle timeout).
 */
final class ConnectionTracker extends ServerTransportFilter implements ServerInterceptor {
    private static final Attributes.Key<Long> CONNECTION = Attributes.Key.create("infoops.connection");
    static final Context.Key<Long> CURRENT = Context.key("infoops.connection");

    private final AtomicLong next = new AtomicLong();
    private final LongConsumer onClosed;

    ConnectionTracker(LongConsumer onClosed) {
        this.onClosed = onClosed;
    }

    @Override
    public Attributes transportReady(Attributes attributes) {
        return attributes.toBuilder().set(CONNECTION, next.incrementAndGet()).build();
    }

    @Override
    public void transportTerminated(Attributes attributes) {
        Long id = attributes == null ? null : attributes.get(CONNECTION);
        if (id != null) onClosed.accept(id);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        Long id = call.getAttributes().get(CONNECTION);
        return Contexts.interceptCall(Context.current().withValue(CURRENT, id), call, headers, next);
    }
}
