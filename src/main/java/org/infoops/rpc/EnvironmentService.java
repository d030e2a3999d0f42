package org.infoops.rpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import org.infoops.env.EnvironmentInfo;
import org.infoops.env.InvalidValueException;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.BatchResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CloseSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CloseSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ListEnvironmentsRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ListEnvironmentsResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.Operation;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.OperationResult;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.PingRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.PingResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.RenderResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.ResetResponse;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepRequest;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.StepResponse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** The gRPC service: translates calls to {@link Operations} and failures to status codes; holds no logic of its own. */
final class EnvironmentService extends EnvironmentServiceGrpc.EnvironmentServiceImplBase {
    static final String SERVER_VERSION = "infoops-gym 0.1.0";

    private final SessionManager sessions;
    private final Operations operations;
    private final ExecutorService batchPool;
    private final int batchThreads;
    private final boolean reclaimOnDisconnect;

    EnvironmentService(SessionManager sessions, ExecutorService batchPool, int batchThreads, boolean reclaimOnDisconnect) {
        this.sessions = sessions;
        this.operations = new Operations(sessions);
        this.batchPool = batchPool;
        this.batchThreads = batchThreads;
        this.reclaimOnDisconnect = reclaimOnDisconnect;
    }

    @Override
    public void listEnvironments(ListEnvironmentsRequest request, StreamObserver<ListEnvironmentsResponse> out) {
        unary(out, () -> {
            ListEnvironmentsResponse.Builder b = ListEnvironmentsResponse.newBuilder().setServerVersion(SERVER_VERSION);
            for (EnvironmentInfo info : sessions.registry().list()) b.addEnvironments(SpecCodec.encode(info));
            return b.build();
        });
    }

    @Override
    public void createSession(CreateSessionRequest request, StreamObserver<CreateSessionResponse> out) {
        // A unary session belongs to the connection that made it: when the client goes away, so does the session.
        Object owner = reclaimOnDisconnect ? ConnectionTracker.CURRENT.get() : null;
        unary(out, () -> operations.create(request, owner));
    }

    @Override
    public void reset(ResetRequest request, StreamObserver<ResetResponse> out) {
        unary(out, () -> operations.reset(request));
    }

    @Override
    public void step(StepRequest request, StreamObserver<StepResponse> out) {
        unary(out, () -> operations.step(request));
    }

    @Override
    public void render(RenderRequest request, StreamObserver<RenderResponse> out) {
        unary(out, () -> operations.render(request));
    }

    @Override
    public void closeSession(CloseSessionRequest request, StreamObserver<CloseSessionResponse> out) {
        unary(out, () -> operations.close(request));
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingResponse> out) {
        out.onNext(PingResponse.getDefaultInstance());
        out.onCompleted();
    }

    @Override
    public void batch(BatchRequest request, StreamObserver<BatchResponse> out) {
        unary(out, () -> {
            List<Operation> ops = request.getOperationsList();
            checkBatch(ops);
            OperationResult[] results = runParallel(ops);
            BatchResponse.Builder b = BatchResponse.newBuilder();
            for (OperationResult r : results) b.addResults(r);
            return b.build();
        });
    }

    private static void checkBatch(List<Operation> ops) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation op = ops.get(i);
            switch (op.getOpCase()) {
                case RESET, STEP, RENDER -> { }
                default -> throw InvalidValueException.notAllowed("operations[" + i + "]",
                        op.getOpCase().name().toLowerCase(), "reset, step or render (create and close are unary or Stream calls)");
            }
            String session = Operations.sessionOf(op);
            if (!seen.add(session)) {
                throw new InvalidValueException("operations[" + i + "].session_id", org.infoops.env.Quote.text(session)
                        + " already appears in this batch; allowed: each session at most once per batch");
            }
        }
    }

    /** Runs the operations on the batch pool in interleaved chunks, one chunk on the calling thread. */
    private OperationResult[] runParallel(List<Operation> ops) {
        int n = ops.size();
        OperationResult[] results = new OperationResult[n];
        int chunks = Math.min(batchThreads, n);
        List<Future<?>> pending = new ArrayList<>();
        for (int c = 1; c < chunks; c++) {
            int chunk = c;
            Runnable task = () -> runChunk(ops, results, chunk, chunks);
            try {
                pending.add(batchPool.submit(task));
            } catch (RejectedExecutionException e) {
                task.run();
            }
        }
        runChunk(ops, results, 0, Math.max(chunks, 1));
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the batch", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("batch worker failed", e.getCause());
            }
        }
        return results;
    }

    private void runChunk(List<Operation> ops, OperationResult[] results, int chunk, int chunks) {
        for (int i = chunk; i < ops.size(); i += chunks) results[i] = operations.execute(ops.get(i), null);
    }

    /**
     * Operations in order, one answer each. Flow control: the next operation is read only once the transport
     * can take the last answer, so a client that does not read its answers stops being served instead of
     * making the server render and buffer them.
     */
    @Override
    public StreamObserver<Operation> stream(StreamObserver<OperationResult> responses) {
        StreamLease owner = new StreamLease();
        ServerCallStreamObserver<OperationResult> out = (ServerCallStreamObserver<OperationResult>) responses;
        out.disableAutoRequest();
        AtomicBoolean waiting = new AtomicBoolean();
        out.setOnReadyHandler(() -> {
            if (waiting.compareAndSet(true, false)) out.request(1);
        });
        out.request(1);
        return new StreamObserver<>() {
            @Override
            public void onNext(Operation op) {
                out.onNext(operations.execute(op, owner));
                if (out.isReady()) {
                    out.request(1);
                } else {
                    waiting.set(true);
                    // The transport may have drained between isReady and set: do not wait for a handler that already ran.
                    if (out.isReady() && waiting.compareAndSet(true, false)) out.request(1);
                }
            }

            @Override
            public void onError(Throwable t) {
                sessions.closeOwnedBy(owner, "closed when the stream that created it ended");
            }

            @Override
            public void onCompleted() {
                sessions.closeOwnedBy(owner, "closed when the stream that created it ended");
                out.onCompleted();
            }
        };
    }

    private static <T> void unary(StreamObserver<T> out, Supplier<T> call) {
        T response;
        try {
            response = call.get();
        } catch (RuntimeException e) {
            out.onError(Errors.toException(e));
            return;
        }
        out.onNext(response);
        out.onCompleted();
    }
}
