package org.infoops.rpc;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A flood of malformed requests writes one short line per period, counting the rest. */
class RateLimitedLogTest {
    @Test
    void oneLinePerPeriodWithTheCountOfSuppressedLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        RateLimitedLog log = new RateLimitedLog(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1000, now::get);
        assertTrue(log.note("first"));
        for (int i = 0; i < 500; i++) assertFalse(log.note("flood " + "x".repeat(10_000)));
        now.set(1000);
        assertTrue(log.note("y".repeat(10_000)));
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].contains("and 500 more"), lines[1]);
        assertTrue(lines[1].length() < 400, lines[1].length() + " characters");
    }
}
