package org.infoops.rpc;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import org.infoops.env.Options;
import org.infoops.env.StepResult;
import org.infoops.env.Tensor;
import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.env.diagnostic.ReachEnvironment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.infoops.rpc.ServerFixture.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Sessions are limited, reclaimed when idle or when their client goes away, and shutdown is graceful. */
class SessionLifecycleTest {
    private static RemoteEnvironment bandit(ManagedChannel channel, Map<String, ?> options) {
        return RemoteEnvironment.create(channel, BanditEnvironment.ID, Options.of(options), OptionalLong.empty());
    }

    @Test
    void tooManySessionsIsResourceExhausted() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withMaxSessions(2))) {
            ManagedChannel c = f.channel();
            RemoteEnvironment a = bandit(c, Map.of());
            RemoteEnvironment b = bandit(c, Map.of());
            assertStatus(Status.Code.RESOURCE_EXHAUSTED, () -> bandit(c, Map.of()), "already holds 2 sessions", "--max-sessions");
            a.reset(1);
            a.step(Tensor.scalar(0L));
            b.close();
            f.assertHealthy();
            a.close();
        }
    }

    @Test
    void oversizedRequestsAreResourceExhausted() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withMaxMessageBytes(64 * 1024))) {
            ManagedChannel c = f.channel();
            try (RemoteEnvironment env = RemoteEnvironment.create(c, ReachEnvironment.ID, Options.empty(), OptionalLong.empty())) {
                env.reset(1);
                assertStatus(Status.Code.RESOURCE_EXHAUSTED, () -> env.step(Tensor.ofFloats(new float[100_000])), "exceeds maximum size");
                env.step(Tensor.ofFloats(0, 0));
            }
            f.assertHealthy();
        }
    }

    @Test
    void idleSessionsAreReclaimed() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withIdleTimeout(Duration.ofMillis(300)))) {
            RemoteEnvironment env = bandit(f.channel(), Map.of());
            env.reset(1);
            ServerFixture.eventually("the idle session to be reclaimed", () -> f.server.sessionCount() == 0);
            assertStatus(Status.Code.NOT_FOUND, () -> env.step(Tensor.scalar(0L)), "idle");
            f.assertHealthy();
        }
    }

    @Test
    void sessionsGoWhenTheirClientDisconnects() throws Exception {
        try (ServerFixture f = ServerFixture.start()) {
            ManagedChannel gone = f.channel();
            ManagedChannel staying = f.channel();
            bandit(gone, Map.of()).reset(1);
            bandit(gone, Map.of()).reset(2);
            RemoteEnvironment kept = bandit(staying, Map.of());
            kept.reset(3);
            assertEquals(3, f.server.sessionCount());
            gone.shutdownNow();
            ServerFixture.eventually("the disconnected client's sessions to close", () -> f.server.sessionCount() == 1);
            kept.step(Tensor.scalar(0L));
        }
    }

    @Test
    void disconnectCleanupCanBeTurnedOff() throws Exception {
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withReclaimOnDisconnect(false))) {
            ManagedChannel gone = f.channel();
            bandit(gone, Map.of()).reset(1);
            gone.shutdownNow();
            gone.awaitTermination(5, TimeUnit.SECONDS);
            Thread.sleep(300);
            assertEquals(1, f.server.sessionCount());
        }
    }

    @Test
    void shutdownLetsStepsInFlightFinishThenRefusesCalls() throws Exception {
        ServerFixture f = ServerFixture.start();
        ManagedChannel c = f.channel();
        RemoteEnvironment env = bandit(c, Map.of("step_delay_ms", 800));
        env.reset(1);
        CompletableFuture<StepResult> step = CompletableFuture.supplyAsync(() -> env.step(Tensor.scalar(0L)));
        Thread.sleep(200);
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(f.server::shutdown);
        StepResult result = step.get(10, TimeUnit.SECONDS);
        assertFalse(result.transitions().isEmpty(), "the step in flight completed");
        shutdown.get(20, TimeUnit.SECONDS);
        assertEquals(0, f.server.sessionCount());
        assertStatus(Status.Code.UNAVAILABLE, () -> bandit(f.channel(), Map.of()));
        f.close();
    }
}
