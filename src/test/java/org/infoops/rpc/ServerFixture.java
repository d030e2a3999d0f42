package org.infoops.rpc;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.infoops.env.BuiltinEnvironments;
import org.infoops.env.Options;
import org.infoops.env.Tensor;
import org.infoops.env.diagnostic.BanditEnvironment;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** A real server on a free loopback port, with channels to it; closes everything it opened. */
final class ServerFixture implements AutoCloseable {
    final EnvServer server;
    private final List<ManagedChannel> channels = new ArrayList<>();

    ServerFixture(ServerSettings settings) throws IOException {
        server = EnvServer.start(settings, BuiltinEnvironments.registry());
    }

    static ServerFixture start() throws IOException {
        return new ServerFixture(ServerSettings.defaults(0));
    }

    ManagedChannel channel() {
        ManagedChannel c = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext()
                .maxInboundMessageSize(64 * 1024 * 1024).build();
        channels.add(c);
        return c;
    }

    /** A fresh session on a fresh connection resets and steps: the server is still healthy. */
    void assertHealthy() {
        try (RemoteEnvironment env = RemoteEnvironment.create(channel(), BanditEnvironment.ID, Options.empty(), OptionalLong.empty())) {
            env.reset(1);
            env.step(Tensor.scalar(0L));
        }
    }

    static StatusRuntimeException assertStatus(Status.Code code, Executable call, String... messageParts) {
        StatusRuntimeException e = assertThrows(StatusRuntimeException.class, call);
        assertEquals(code, e.getStatus().getCode(), e.getStatus().toString());
        for (String part : messageParts) {
            assertTrue(String.valueOf(e.getStatus().getDescription()).contains(part),
                    "message \"" + e.getStatus().getDescription() + "\" should contain \"" + part + "\"");
        }
        return e;
    }

    static void eventually(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(20);
        }
        fail("timed out waiting for " + what);
    }

    @Override
    public void close() {
        for (ManagedChannel c : channels) c.shutdownNow();
        server.shutdown();
    }
}
