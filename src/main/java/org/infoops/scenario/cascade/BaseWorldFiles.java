package org.infoops.scenario.cascade;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.infoops.model.cascade.base.BaseHistory;
import org.infoops.model.cascade.base.BasePost;
import org.infoops.model.cascade.base.BaseRetweet;
import org.infoops.model.cascade.base.BaseWorld;
import org.infoops.model.cascade.base.Period;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The documented base-history schema, written for a synthetic world and read back for any data in it:
 * <ul>
 *   <li>{@code posts.csv}: post_id,author,time,period,topic,text (time in days since 1 Feb 2021; period I/II/III;
 *       topic -1 when unknown)</li>
 *   <li>{@code retweets.csv}: post_id,retweeter,time,parent_user,quote (quote 0/1)</li>
 *   <li>{@code retweet_table.csv}: author,retweeter,count over Periods I-II (the paper's |R_ij|, Eq 1)</li>
 *   <li>{@code topics.csv}: topic,name</li>
 * </ul>
 * CSV is parsed by hand (RFC 4180 quoting) because the project has no CSV library and the schema is tiny. Reading
 * and writing sit together, at the edge, so the schema is defined in one place and the model sees only records.
 */
public final class BaseWorldFiles {
    private BaseWorldFiles() {}

    public static void write(BaseWorld world, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("posts.csv"), StandardCharsets.UTF_8)) {
            w.write("post_id,author,time,period,topic,text\n");
            for (BasePost p : world.posts()) {
                w.write(p.postId() + "," + p.author() + "," + p.time() + "," + p.period() + "," + p.topic() + ","
                        + quote(p.text()) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("retweets.csv"), StandardCharsets.UTF_8)) {
            w.write("post_id,retweeter,time,parent_user,quote\n");
            for (BaseRetweet r : world.retweets()) {
                w.write(r.postId() + "," + r.retweeter() + "," + r.time() + "," + r.parentUser() + "," + (r.quote() ? 1 : 0) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("retweet_table.csv"), StandardCharsets.UTF_8)) {
            w.write("author,retweeter,count\n");
            for (Map.Entry<List<Long>, Integer> e : BaseHistory.retweetCounts(world).entrySet()) {
                w.write(e.getKey().get(0) + "," + e.getKey().get(1) + "," + e.getValue() + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("topics.csv"), StandardCharsets.UTF_8)) {
            w.write("topic,name\n");
            for (int t = 0; t < world.topics().size(); t++) {
                w.write(t + "," + quote(world.topics().get(t)) + "\n");
            }
        }
    }

    /** Reads posts.csv, retweets.csv and (if present) topics.csv; the user count is 1 + the largest user id. */
    public static BaseWorld read(Path dir) throws IOException {
        List<BasePost> posts = new ArrayList<>();
        long maxUser = -1;
        LongOpenHashSet ids = new LongOpenHashSet();
        for (Row row : rows(dir.resolve("posts.csv"), List.of("post_id", "author", "time", "period", "topic", "text"))) {
            BasePost p = new BasePost(row.longAt(0), row.longAt(1), row.doubleAt(2), row.periodAt(3), (int) row.longAt(4), row.cells.get(5));
            if (!ids.add(p.postId())) {
                throw row.error("post_id", String.valueOf(p.postId()), "a post id not used before");
            }
            posts.add(p);
            maxUser = Math.max(maxUser, p.author());
        }
        List<BaseRetweet> retweets = new ArrayList<>();
        for (Row row : rows(dir.resolve("retweets.csv"), List.of("post_id", "retweeter", "time", "parent_user", "quote"))) {
            long q = row.longAt(4);
            if (q != 0 && q != 1) {
                throw row.error("quote", String.valueOf(q), "0 or 1");
            }
            BaseRetweet r = new BaseRetweet(row.longAt(0), row.longAt(1), row.doubleAt(2), row.longAt(3), q == 1);
            if (!ids.contains(r.postId())) {
                throw row.error("post_id", String.valueOf(r.postId()), "an id listed in posts.csv");
            }
            retweets.add(r);
            maxUser = Math.max(maxUser, Math.max(r.retweeter(), r.parentUser()));
        }
        List<String> topics = new ArrayList<>();
        Path topicFile = dir.resolve("topics.csv");
        if (Files.exists(topicFile)) {
            for (Row row : rows(topicFile, List.of("topic", "name"))) {
                topics.add(row.cells.get(1));
            }
        }
        posts.sort(java.util.Comparator.comparingDouble(BasePost::time).thenComparingLong(BasePost::postId));
        return new BaseWorld((int) (maxUser + 1), topics, posts, retweets, null, null, null);
    }

    private record Row(Path file, int line, List<String> cells, List<String> header) {
        long longAt(int i) {
            try {
                return Long.parseLong(cells.get(i).trim());
            } catch (NumberFormatException e) {
                throw error(header.get(i), cells.get(i), "a whole number");
            }
        }

        double doubleAt(int i) {
            try {
                return Double.parseDouble(cells.get(i).trim());
            } catch (NumberFormatException e) {
                throw error(header.get(i), cells.get(i), "a number (days since 1 Feb 2021)");
            }
        }

        Period periodAt(int i) {
            try {
                return Period.parse(cells.get(i));
            } catch (IllegalArgumentException e) {
                throw error(header.get(i), cells.get(i), "I, II or III");
            }
        }

        IllegalArgumentException error(String column, String value, String allowed) {
            return new IllegalArgumentException(file + " line " + line + ": " + column + " = '" + value + "'; allowed: " + allowed);
        }
    }

    private static List<Row> rows(Path file, List<String> header) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || !split(first).equals(header)) {
                throw new IllegalArgumentException(file + ": header is '" + first + "'; expected: " + String.join(",", header));
            }
            String line;
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> cells = split(line);
                if (cells.size() != header.size()) {
                    throw new IllegalArgumentException(file + " line " + number + ": " + cells.size()
                            + " cells; expected " + header.size() + " (" + String.join(",", header) + ")");
                }
                rows.add(new Row(file, number, cells, header));
            }
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"").replace('\n', ' ') + '"';
    }
}
