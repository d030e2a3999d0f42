package org.infoops.model.lkml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * The message log's CSV schema (documented in the README, section "LKML"): header
 * {@code time,author,type,patch,files,group,parent}, one message per line, in time order.
 * <ul>
 *   <li>time: ISO-8601 instant ({@code 2021-03-01T12:30:00Z}) or epoch seconds; kept to the minute from the
 *       origin 2021-01-01T00:00:00Z (earlier messages are an error);</li>
 *   <li>author: the sender's id (text without commas);</li>
 *   <li>type: proposal, review, comment, revision, acceptance, rejection or reversal;</li>
 *   <li>patch: the id of the patch the thread is about;</li>
 *   <li>files: the files the patch touches, {@code ;}-separated (on proposals and revisions; may be empty on others);</li>
 *   <li>group: the maintainer group owning those files;</li>
 *   <li>parent: the author the message replies to (empty for a proposal).</li>
 * </ul>
 * Lines are split on commas without quoting: no column holds a comma.
 */
public final class LogCsv {
    public static final List<String> HEADER = List.of("time", "author", "type", "patch", "files", "group", "parent");
    /** Minute 0 of every log: 2021-01-01T00:00:00Z (a Friday), the start of the paper's training year. */
    public static final Instant ORIGIN = Instant.parse("2021-01-01T00:00:00Z");

    private LogCsv() {
    }

    public static MessageLog read(BufferedReader in, String source) throws IOException {
        String header = in.readLine();
        if (header == null || !List.of(header.trim().split(",", -1)).equals(HEADER)) {
            throw new IllegalArgumentException(source + ": header is '" + header + "'; allowed: " + String.join(",", HEADER));
        }
        MessageLog log = new MessageLog();
        String line;
        int lineNo = 1;
        long last = Long.MIN_VALUE;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            String where = source + ": line " + lineNo;
            if (f.length != HEADER.size()) {
                throw new IllegalArgumentException(where + " has " + f.length + " fields; allowed: 7 (" + String.join(",", HEADER) + ")");
            }
            long minute = minute(f[0], where);
            if (minute < last) throw new IllegalArgumentException(where + ": time '" + f[0] + "' is before the previous line's; allowed: lines in time order");
            last = minute;
            MessageType t = MessageType.parse(f[2], where);
            if (f[1].isEmpty() || f[3].isEmpty() || f[5].isEmpty()) {
                throw new IllegalArgumentException(where + ": author, patch and group must not be empty");
            }
            String[] names = f[4].isEmpty() ? new String[0] : f[4].split(";");
            int[] files = new int[names.length];
            for (int i = 0; i < names.length; i++) files[i] = log.fileNames().id(names[i]);
            int author = log.authors().id(f[1]); // ids in order of first appearance, as MessageLog.canonical numbers them
            int parent = f[6].isEmpty() ? -1 : log.authors().id(f[6]);
            log.add(minute, author, t, log.patches().id(f[3]), files, log.groups().id(f[5]), parent);
        }
        if (log.size() == 0) throw new IllegalArgumentException(source + ": no messages; allowed: at least one line after the header");
        return log;
    }

    public static void write(MessageLog log, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write('\n');
        StringBuilder b = new StringBuilder(96);
        for (int m = 0; m < log.size(); m++) {
            b.setLength(0);
            b.append(ORIGIN.plusSeconds(log.minute(m) * 60)).append(',').append(log.authors().name(log.author(m))).append(',')
                    .append(log.type(m).csvName()).append(',').append(log.patches().name(log.patch(m))).append(',');
            int[] files = log.files(m);
            for (int i = 0; i < files.length; i++) b.append(i == 0 ? "" : ";").append(log.fileNames().name(files[i]));
            b.append(',').append(log.groups().name(log.group(m))).append(',');
            if (log.parent(m) >= 0) b.append(log.authors().name(log.parent(m)));
            out.write(b.append('\n').toString());
        }
    }

    static long minute(String s, String where) {
        long seconds;
        try {
            seconds = !s.isEmpty() && s.chars().allMatch(Character::isDigit) ? Long.parseLong(s) : Instant.parse(s).getEpochSecond();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": time '" + s + "'; allowed: an ISO-8601 instant such as 2021-03-01T12:30:00Z or epoch seconds");
        }
        long m = Math.floorDiv(seconds - ORIGIN.getEpochSecond(), 60);
        if (m < 0) throw new IllegalArgumentException(where + ": time '" + s + "' is before " + ORIGIN + "; allowed: from the origin on");
        return m;
    }
}
