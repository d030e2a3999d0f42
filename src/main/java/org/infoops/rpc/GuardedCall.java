package org.infoops.rpc;

import io.grpc.Attributes;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.Status;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A call as the service sees it: it forwards to the transport's call, lets the server close it from another
 * thread (a malformed request, a shutdown) and then quietly drops whatever the service still sends, so a
 * late answer of a step that outlived its call never raises "call already closed". Writes are serialised.
 *
 * @param <Q> the request type the service reads
 * @param <R> the response type
 */
final class GuardedCall<Q, R> extends ServerCall<Q, R> {
    private final ServerCall<?, R> transport;
    private final MethodDescriptor<Q, R> method;
    private final AtomicInteger busy = new AtomicInteger();
    private boolean closed;
    private volatile boolean endedByServer;

    GuardedCall(ServerCall<?, R> transport, MethodDescriptor<Q, R> method) {
        this.transport = transport;
        this.method = method;
    }

    /** The service is working on this call (inside one of its listener's callbacks). */
    void enter() {
        busy.incrementAndGet();
    }

    void leave() {
        busy.decrementAndGet();
    }

    /** Open and not being worked on: an open stream waiting for its client, a health watch. */
    boolean idle() {
        return busy.get() == 0;
    }

    /**
     * Ends the call from outside the service (a malformed request, a shutdown) with {@code status}, unless it
     * is already closed; true if this ended it. The service then sees the call as cancelled.
     */
    synchronized boolean closeWith(Status status) {
        if (closed) return false;
        closed = true;
        endedByServer = true;
        transport.close(status, new Metadata());
        return true;
    }

    boolean endedByServer() {
        return endedByServer;
    }

    @Override
    public synchronized void close(Status status, Metadata trailers) {
        if (closed) return;
        closed = true;
        transport.close(status, trailers);
    }

    @Override
    public synchronized void sendHeaders(Metadata headers) {
        if (!closed) transport.sendHeaders(headers);
    }

    @Override
    public synchronized void sendMessage(R message) {
        if (!closed) transport.sendMessage(message);
    }

    @Override
    public void request(int numMessages) {
        transport.request(numMessages);
    }

    @Override
    public boolean isReady() {
        return transport.isReady();
    }

    @Override
    public boolean isCancelled() {
        return transport.isCancelled();
    }

    @Override
    public void setMessageCompression(boolean enabled) {
        transport.setMessageCompression(enabled);
    }

    @Override
    public void setCompression(String compressor) {
        transport.setCompression(compressor);
    }

    @Override
    public Attributes getAttributes() {
        return transport.getAttributes();
    }

    @Override
    public String getAuthority() {
        return transport.getAuthority();
    }

    @Override
    public MethodDescriptor<Q, R> getMethodDescriptor() {
        return method;
    }
}
