package org.infoops.rpc;

import io.grpc.Status;
import org.infoops.env.Environment;
import org.infoops.env.EnvironmentRegistry;
import org.infoops.env.FileAccess;
import org.infoops.env.Options;
import org.infoops.graph.GraphCache;
import org.infoops.scenario.cascade.TrainedModelCache;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The server's sessions: created up to a maximum, looked up by unguessable id, and reclaimed when
 * closed, idle too long, or when what owns them (a client connection, a stream) goes away.
 */
final class SessionManager {
    /** How many closed ids are remembered, so a late call learns why its session is gone. */
    private static final int REMEMBERED_CLOSED = 4096;

    private final EnvironmentRegistry registry;
    private final int maxSessions;
    private final Duration idleTimeout;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger reserved = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> closedReasons = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_CLOSED;
        }
    };
    private volatile boolean refusing;
    private final FileAccess fileAccess;
    private final SessionBudget budget;
    /** Generated graphs shared by every session of this server (immutable, bounded; see {@link GraphCache}). */
    private final GraphCache graphs = new GraphCache(ServerSettings.defaultGraphCacheBytes());
    /** Trained calibrated infection models shared by every session of this server (immutable once trained). */
    private final TrainedModelCache trainedModels = new TrainedModelCache();

    /**
     * @param fileAccess which files clients' options may name
     * @param budget     the memory and work limits new sessions are admitted under
     */
    SessionManager(EnvironmentRegistry registry, int maxSessions, Duration idleTimeout, FileAccess fileAccess, SessionBudget budget) {
        this.registry = registry;
        this.maxSessions = maxSessions;
        this.idleTimeout = idleTimeout;
        this.fileAccess = fileAccess;
        this.budget = budget;
    }

    EnvironmentRegistry registry() {
        return registry;
    }

    GraphCache graphs() {
        return graphs;
    }

    Session create(String envId, Options options, OptionalLong seed, Object owner) {
        if (refusing) throw new ServiceException(Status.Code.UNAVAILABLE, "the server is shutting down; no new sessions");
        if (reserved.incrementAndGet() > maxSessions) {
            reserved.decrementAndGet();
            throw new ServiceException(Status.Code.RESOURCE_EXHAUSTED, "the server already holds " + maxSessions
                    + " sessions, its maximum (serve --max-sessions); close a session (CloseSession) or start the server "
                    + "with a higher limit");
        }
        // A client names only the files the operator allowed, and its session stays within the server's budget.
        SessionBudget.Reservation share = budget.reservation();
        try {
            Environment env = registry.make(envId, options.withFileAccess(fileAccess).withBudget(share).withGraphCache(graphs).withTrainedModels(trainedModels), seed);
            String id = newId();
            Session session = new Session(id, env, owner, System.nanoTime(), share::release);
            sessions.put(id, session);
            return session;
        } catch (RuntimeException | OutOfMemoryError e) {
            share.release();
            reserved.decrementAndGet();
            throw e;
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        return "s-" + HexFormat.of().formatHex(bytes);
    }

    Session get(String id) {
        Session s = sessions.get(id);
        if (s != null) return s;
        String reason;
        synchronized (closedReasons) {
            reason = closedReasons.get(id);
        }
        if (id.isEmpty()) {
            throw new ServiceException(Status.Code.NOT_FOUND, "session_id: empty; allowed: an id returned by CreateSession");
        }
        throw new ServiceException(Status.Code.NOT_FOUND, "session_id: " + org.infoops.env.Quote.text(id) + " is not a session of this server"
                + (reason == null ? "; allowed: an id returned by CreateSession that was not closed" : " (it was " + reason + ")"));
    }

    /** Runs {@code call} on the session with the session's lock held. */
    <T> T use(String id, Function<Environment, T> call) {
        return get(id).use(call, System.nanoTime());
    }

    /** Closes a session at its client's request, waiting for a running call on it. */
    void close(String id) {
        Session s = get(id);
        if (sessions.remove(id, s)) {
            remember(id, "closed by CloseSession");
            s.close();
            reserved.decrementAndGet();
        } else {
            get(id);
        }
    }

    /** Closes every session owned by {@code owner}; returns how many. */
    int closeOwnedBy(Object owner, String reason) {
        if (owner == null) return 0;
        int n = 0;
        for (Session s : List.copyOf(sessions.values())) {
            if (owner.equals(s.owner()) && sessions.remove(s.id(), s)) {
                remember(s.id(), reason);
                s.close();
                reserved.decrementAndGet();
                n++;
            }
        }
        return n;
    }

    /** Closes sessions idle for longer than the idle timeout (never one in a call); returns how many. */
    int reapIdle() {
        long now = System.nanoTime();
        long timeout = idleTimeout.toNanos();
        int n = 0;
        for (Session s : List.copyOf(sessions.values())) {
            // A session opened on a stream lives as long as its stream: keepalive drops a vanished peer's stream.
            if (s.owner() instanceof StreamLease) continue;
            if (s.isIdle(now, timeout) && s.tryClose()) {
                if (sessions.remove(s.id(), s)) reserved.decrementAndGet();
                remember(s.id(), "reclaimed after " + idleTimeout.toSeconds() + " s idle (serve --idle-timeout)");
                n++;
            }
        }
        return n;
    }

    /** New sessions fail with UNAVAILABLE from now on. */
    void refuseNewSessions() {
        refusing = true;
    }

    void closeAll(String reason) {
        for (Session s : new ArrayList<>(sessions.values())) {
            if (sessions.remove(s.id(), s)) {
                remember(s.id(), reason);
                s.close();
                reserved.decrementAndGet();
            }
        }
    }

    int size() {
        return sessions.size();
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    private void remember(String id, String reason) {
        synchronized (closedReasons) {
            closedReasons.put(id, reason);
        }
    }
}
