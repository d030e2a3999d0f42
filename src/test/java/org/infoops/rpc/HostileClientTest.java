package org.infoops.rpc;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import org.infoops.env.Options;
import org.infoops.env.Tensor;
import org.infoops.env.diagnostic.BanditEnvironment;
import org.infoops.rpc.proto.v1.EnvironmentServiceGrpc;
import org.infoops.rpc.proto.v1.EnvironmentServiceProto.CreateSessionRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

import static org.infoops.rpc.ServerFixture.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a hostile client sends gets a contract status code and a short message, and harms no one else. */
class HostileClientTest {
    private static ServerFixture fixture;
    private static ManagedChannel channel;
    @TempDir
    static Path allowed;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(allowed.resolve("bad.yaml"), "name: secret-content-line\nmodel: diluvsion\nsurprise: 42\n");
        Files.createSymbolicLink(allowed.resolve("escape.yaml"), Path.of("/etc/hostname"));
        Files.createDirectories(allowed.resolve("sub"));
        try (var in = HostileClientTest.class.getClassLoader().getResourceAsStream("scenarios/diluvsion/small.yaml")) {
            Files.write(allowed.resolve("sub/mine.yaml"), in.readAllBytes());
        }
        fixture = new ServerFixture(ServerSettings.defaults(0).withScenarioDirs(List.of(allowed)));
        channel = fixture.channel();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static RemoteEnvironment create(String id, Map<String, ?> options) {
        return RemoteEnvironment.create(channel, id, Options.of(options), OptionalLong.empty());
    }

    @Test
    void scenarioNamesOnlyEmbeddedScenariosOrAllowedFiles() {
        // Outside the allowed directory, missing, a directory, a symbolic link out, climbing out: one answer.
        List<String> refused = List.of("/etc/passwd", "/etc", "/no/such/file.yaml", "../../../../etc/hostname",
                allowed.resolve("escape.yaml").toString(), "escape.yaml", "sub/../../x.yaml", "sub", "diluvsion/../../etc/passwd");
        Set<String> answers = new java.util.HashSet<>();
        for (String name : refused) {
            var e = assertStatus(Status.Code.INVALID_ARGUMENT, () -> create("diluvsion/bot-fleet-v0", Map.of("scenario", name)),
                    "options.scenario", "serve --scenario-dir");
            String message = e.getStatus().getDescription().replace(org.infoops.env.Quote.text(name), "NAME");
            answers.add(message);
            assertFalse(message.contains("root:") || message.contains("exist") || message.contains("directory is")
                    || message.contains(allowed.toString()), message);
        }
        assertEquals(1, answers.size(), "every refusal must read the same: " + answers);
        // An allowed file loads, by relative or canonical name; an invalid one is refused without quoting it.
        try (RemoteEnvironment env = create("diluvsion/bot-fleet-v0", Map.of("scenario", "sub/mine.yaml"))) {
            env.reset(1);
        }
        var bad = assertStatus(Status.Code.INVALID_ARGUMENT, () -> create("diluvsion/bot-fleet-v0", Map.of("scenario", "bad.yaml")),
                "not a valid diluvsion scenario file");
        assertFalse(bad.getStatus().getDescription().contains("secret-content") || bad.getStatus().getDescription().contains("surprise"));
        for (String id : List.of("troll/influencer-v0", "cascade/moderator-v0")) {
            assertStatus(Status.Code.INVALID_ARGUMENT, () -> create(id, Map.of("scenario", "/etc/passwd")), "serve --scenario-dir");
        }
    }

    @Test
    void malformedRequestsAreInvalidArgumentOnEveryMethod() {
        byte[] zeroTag = {0};
        byte[] truncated = {0x0A, 0x05, 'a'};
        for (MethodDescriptor<byte[], byte[]> m : RawCalls.methods()) {
            for (byte[] request : List.of(zeroTag, truncated)) {
                Status s = RawCalls.call(channel, m, request);
                assertEquals(Status.Code.INVALID_ARGUMENT, s.getCode(), m.getFullMethodName() + ": " + s);
                assertTrue(s.getDescription().contains("could not be read"), s.toString());
            }
        }
        fixture.assertHealthy();
    }

    @Test
    void invalidUtf8AndDeepNestingAreInvalidArgument() {
        byte[] request = CreateSessionRequest.newBuilder().setEnvId("ZZZZ").build().toByteArray();
        int at = indexOf(request, "ZZZZ".getBytes(StandardCharsets.UTF_8));
        request[at] = (byte) 0xC3;
        request[at + 1] = (byte) 0x28;
        var create = RawCalls.raw(EnvironmentServiceGrpc.getCreateSessionMethod());
        Status utf8 = RawCalls.call(channel, create, request);
        assertEquals(Status.Code.INVALID_ARGUMENT, utf8.getCode(), utf8.toString());
        assertTrue(utf8.getDescription().contains("UTF-8"), utf8.toString());

        Struct nested = Struct.getDefaultInstance();
        for (int level = 0; level < 40; level++) {
            nested = Struct.newBuilder().putFields("k", Value.newBuilder().setStructValue(nested).build()).build();
        }
        byte[] deep = CreateSessionRequest.newBuilder().setEnvId(BanditEnvironment.ID).setOptions(nested).build().toByteArray();
        Status s = RawCalls.call(channel, create, deep);
        assertEquals(Status.Code.INVALID_ARGUMENT, s.getCode(), s.toString());
        assertTrue(s.getDescription().contains("nested") && s.getDescription().contains("32"), s.toString());
        fixture.assertHealthy();
    }

    @Test
    void randomAndMutatedBytesNeverGetUnknownOrInternal() {
        SplittableRandom rng = new SplittableRandom(11);
        byte[] valid = CreateSessionRequest.newBuilder().setEnvId(BanditEnvironment.ID)
                .setOptions(Struct.newBuilder().putFields("arms", Value.newBuilder().setNumberValue(3).build())).build().toByteArray();
        List<Status.Code> seen = new ArrayList<>();
        for (MethodDescriptor<byte[], byte[]> m : RawCalls.methods()) {
            for (int i = 0; i < 12; i++) {
                byte[] request = switch (i % 3) {
                    case 0 -> randomBytes(rng, 1 + rng.nextInt(64));
                    case 1 -> Arrays.copyOf(valid, rng.nextInt(valid.length));
                    default -> flip(valid, rng);
                };
                Status s = RawCalls.call(channel, m, request);
                seen.add(s.getCode());
                assertFalse(s.getCode() == Status.Code.UNKNOWN || s.getCode() == Status.Code.INTERNAL, m.getFullMethodName() + ": " + s);
                assertTrue(s.getDescription() == null || s.getDescription().getBytes(StandardCharsets.UTF_8).length < 1024, s.toString());
            }
        }
        assertTrue(seen.contains(Status.Code.INVALID_ARGUMENT), seen.toString());
        fixture.assertHealthy();
    }

    @Test
    void messagesQuoteOnlyAShortPrefixOfHugeValues() {
        String huge = "x".repeat(1_000_000);
        List<org.junit.jupiter.api.function.Executable> calls = List.of(
                () -> create(huge, Map.of()),
                () -> create(BanditEnvironment.ID, Map.of(huge, 1)),
                () -> create(BanditEnvironment.ID, Map.of("arms", huge)),
                () -> create("diluvsion/bot-fleet-v0", Map.of("scenario", huge)),
                () -> {
                    try (RemoteEnvironment env = create(BanditEnvironment.ID, Map.of())) {
                        env.reset(1);
                        env.step(Map.of(huge, Tensor.scalar(0L)));
                    }
                },
                () -> {
                    try (RemoteEnvironment env = create(BanditEnvironment.ID, Map.of())) {
                        env.reset(1);
                        env.render(huge);
                    }
                });
        for (var call : calls) {
            var e = org.junit.jupiter.api.Assertions.assertThrows(io.grpc.StatusRuntimeException.class, call);
            Status.Code code = e.getStatus().getCode();
            assertTrue(code == Status.Code.INVALID_ARGUMENT || code == Status.Code.NOT_FOUND, e.getStatus().toString());
            String message = e.getStatus().getDescription();
            assertTrue(message.getBytes(StandardCharsets.UTF_8).length < 1024, message.length() + " characters");
            assertTrue(message.matches("(?s).*\\(100000[02] characters\\).*"), message);
        }
    }

    @Test
    void aRequestOverBudgetIsRefusedBeforeItAllocatesAndHarmsNoOne() {
        try (RemoteEnvironment canary = create(BanditEnvironment.ID, Map.of())) {
            canary.reset(5);
            long t0 = System.nanoTime();
            assertStatus(Status.Code.RESOURCE_EXHAUSTED, () -> create("diluvsion/bot-fleet-v0", Map.of("agents", 10_000_000)),
                    "options.agents=10000000", "estimate", "--session-memory-mb");
            assertStatus(Status.Code.RESOURCE_EXHAUSTED, () -> create("cascade/moderator-v0", Map.of("base_trials", 100_000)),
                    "options.base_trials=100000", "--max-call-work");
            assertStatus(Status.Code.RESOURCE_EXHAUSTED, () -> create("troll/influencer-v0", Map.of("warmup_days", 3650, "scenario", "troll/default")),
                    "options.warmup_days=3650");
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "refusals must come before any world is built");
            canary.step(Tensor.scalar(0L));
        }
    }

    @Test
    void theServerWideBudgetCapsTheSumOverSessions() throws Exception {
        // A Sim 1 session is estimated at about 25 MiB: its world and the one server-shared graph it runs on.
        try (ServerFixture f = new ServerFixture(ServerSettings.defaults(0).withMemory(32L << 20, 40L << 20))) {
            ManagedChannel c = f.channel();
            RemoteEnvironment first = RemoteEnvironment.create(c, "diluvsion/bot-fleet-v0", Options.empty(), OptionalLong.empty());
            assertStatus(Status.Code.RESOURCE_EXHAUSTED,
                    () -> RemoteEnvironment.create(c, "diluvsion/bot-fleet-v0", Options.empty(), OptionalLong.empty()),
                    "already hold", "--memory-budget-mb");
            first.close();
            RemoteEnvironment.create(c, "diluvsion/bot-fleet-v0", Options.empty(), OptionalLong.empty()).close();
        }
    }

    private static byte[] randomBytes(SplittableRandom rng, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) rng.nextInt(256);
        return b;
    }

    private static byte[] flip(byte[] valid, SplittableRandom rng) {
        byte[] b = valid.clone();
        int bit = rng.nextInt(b.length * 8);
        b[bit / 8] ^= (byte) (1 << (bit % 8));
        return b;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }
}
