package org.infoops.model.troll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits background users to an activity log, so the world can be "trained on real data" (paper §5.1). The log is
 * a CSV file with the header {@code user,time,action,subreddit,narrative,parent}, one action per line:
 * <ul>
 *   <li>user: the acting user's id (any text without commas);</li>
 *   <li>time: ISO-8601 instant ({@code 2024-03-01T12:30:00Z}) or epoch seconds;</li>
 *   <li>action: {@code post} or {@code comment};</li>
 *   <li>subreddit, narrative: names (text); the most frequent names take indices 0.. in order of frequency,
 *       and names beyond the world's counts share the last index;</li>
 *   <li>parent: for a comment, the user id of the author it replies to (empty for posts).</li>
 * </ul>
 * Per user it estimates posts and comments per day (over the log's whole span), the shortest daily window of
 * hours holding at least 80% of the user's actions, the favourite subreddit and narrative with the share of
 * actions there (loyalty), and popularity as comments received per post relative to the log's average
 * (add-one smoothed). Lines are split on commas without quoting (the columns hold no commas).
 */
public final class ActivityLogFit {
    static final List<String> HEADER = List.of("user", "time", "action", "subreddit", "narrative", "parent");
    static final double WINDOW_SHARE = 0.8;

    private ActivityLogFit() {
    }

    public static BackgroundUsers fit(Path file, TrollParameters p) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fit(in, file.toString(), p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the activity log " + file + ": " + e.getMessage(), e);
        }
    }

    static BackgroundUsers fit(BufferedReader in, String source, TrollParameters p) throws IOException {
        String header = in.readLine();
        if (header == null || !List.of(header.trim().split(",", -1)).equals(HEADER)) {
            throw new IllegalArgumentException(source + ": header is '" + header + "'; allowed: " + String.join(",", HEADER));
        }
        List<String[]> rows = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        Map<String, Integer> subCount = new HashMap<>(), narrCount = new HashMap<>();
        long first = Long.MAX_VALUE, last = Long.MIN_VALUE;
        String line;
        int lineNo = 1;
        List<Long> times = new ArrayList<>();
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            if (f.length != HEADER.size()) {
                throw new IllegalArgumentException(source + ": line " + lineNo + " has " + f.length + " fields; allowed: 6 (" + String.join(",", HEADER) + ")");
            }
            if (!f[2].equals("post") && !f[2].equals("comment")) {
                throw new IllegalArgumentException(source + ": line " + lineNo + ": action '" + f[2] + "'; allowed: post, comment");
            }
            long t = time(f[1], source, lineNo);
            first = Math.min(first, t);
            last = Math.max(last, t);
            ids.putIfAbsent(f[0], ids.size());
            subCount.merge(f[3], 1, Integer::sum);
            narrCount.merge(f[4], 1, Integer::sum);
            rows.add(f);
            times.add(t);
        }
        if (rows.isEmpty()) throw new IllegalArgumentException(source + ": no actions; allowed: at least one line after the header");
        Map<String, Integer> subIndex = ranks(subCount, p.world().subreddits());
        Map<String, Integer> narrIndex = ranks(narrCount, p.world().narratives());
        int n = ids.size();
        double days = Math.max(1, (last - first) / 86400.0);
        int[] posts = new int[n], comments = new int[n], received = new int[n];
        int[][] hours = new int[n][24], subs = new int[n][p.world().subreddits()], narrs = new int[n][p.world().narratives()];
        for (int r = 0; r < rows.size(); r++) {
            String[] f = rows.get(r);
            int u = ids.get(f[0]);
            if (f[2].equals("post")) posts[u]++;
            else {
                comments[u]++;
                Integer parent = ids.get(f[5]);
                if (parent != null) received[parent]++;
            }
            hours[u][(int) ((times.get(r) / 3600) % 24)]++;
            subs[u][subIndex.get(f[3])]++;
            narrs[u][narrIndex.get(f[4])]++;
        }
        double totalPosts = 0, totalReceived = 0;
        for (int u = 0; u < n; u++) {
            totalPosts += posts[u];
            totalReceived += received[u];
        }
        double meanPerPost = (totalReceived + 1) / (totalPosts + 1);
        BackgroundUsers users = BackgroundUsers.empty(n);
        int minSpan = (int) Math.round(p.background().activeHours().minimum());
        for (int u = 0; u < n; u++) {
            users.postsPerDay()[u] = Math.min(p.background().rateCap(), posts[u] / days);
            users.commentsPerDay()[u] = Math.min(p.background().rateCap(), comments[u] / days);
            int[] window = window(hours[u], minSpan);
            users.activeStart()[u] = window[0];
            users.activeSpan()[u] = window[1];
            int total = posts[u] + comments[u];
            int fs = argMax(subs[u]), fn = argMax(narrs[u]);
            users.favouriteSubreddit()[u] = fs;
            users.subredditLoyalty()[u] = (double) subs[u][fs] / total;
            users.favouriteNarrative()[u] = fn;
            users.narrativeLoyalty()[u] = (double) narrs[u][fn] / total;
            users.popularity()[u] = (received[u] + 1.0) / (posts[u] + 1.0) / meanPerPost;
        }
        return users;
    }

    /** The shortest circular window (start, span) of hours holding WINDOW_SHARE of the counts, at least minSpan long. */
    static int[] window(int[] hours, int minSpan) {
        int total = 0;
        for (int h : hours) total += h;
        for (int span = Math.max(1, minSpan); span < 24; span++) {
            int best = -1, bestCount = -1;
            for (int start = 0; start < 24; start++) {
                int c = 0;
                for (int k = 0; k < span; k++) c += hours[(start + k) % 24];
                if (c > bestCount) {
                    bestCount = c;
                    best = start;
                }
            }
            if (bestCount >= WINDOW_SHARE * total) return new int[] {best, span};
        }
        return new int[] {0, 24};
    }

    private static Map<String, Integer> ranks(Map<String, Integer> counts, int slots) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) index.put(sorted.get(i).getKey(), Math.min(i, slots - 1));
        return index;
    }

    private static int argMax(int[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
        return best;
    }

    private static long time(String s, String source, int line) {
        try {
            if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) return Long.parseLong(s);
            return Instant.parse(s).getEpochSecond();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(source + ": line " + line + ": time '" + s
                    + "'; allowed: an ISO-8601 instant such as 2024-03-01T12:30:00Z or epoch seconds");
        }
    }
}
