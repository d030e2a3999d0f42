package org.infoops.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.OptionalLong;
import org.infoops.env.Environment;
import org.infoops.env.Environments;
import org.infoops.env.Options;
import org.infoops.env.ResetResult;
import org.junit.jupiter.api.Test;

/** A server's Diluvsion sessions share one cache of generated graphs, and see the same worlds as private graphs give. */
class SharedGraphsTest {
    @Test
    void sessionsOfOneServerBuildEachGraphOnceAndKeepTheirTrajectories() throws Exception {
        Map<String, Object> options = Map.of("scenario", "diluvsion/small", "graphs", 1, "decision_steps", 24);
        try (ServerFixture fixture = ServerFixture.start()) {
            ResetResult[] remote = new ResetResult[3];
            for (int i = 0; i < remote.length; i++) {
                try (RemoteEnvironment env = RemoteEnvironment.create(fixture.channel(), "diluvsion/bot-fleet-v0",
                        Options.of(options), OptionalLong.empty())) {
                    remote[i] = env.reset(40 + i);
                }
            }
            assertEquals(1, fixture.server.graphs().builds(), "three sessions, one graph");
            assertEquals(2, fixture.server.graphs().hits());
            for (int i = 0; i < remote.length; i++) {
                try (Environment local = Environments.make("diluvsion/bot-fleet-v0", options)) {
                    assertEquals(local.reset(40 + i).observations(), remote[i].observations(), "seed " + (40 + i));
                }
            }
        }
    }
}
