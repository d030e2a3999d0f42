package org.infoops.model.lkml;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mailing-list message log in time order, the one input of the whole pipeline (real or simulated): per
 * message its minute (since the log's origin, 2021-01-01 00:00 UTC), author, type, patch, files, maintainer
 * group and parent (the author it replies to, -1 for none). Authors, patches, groups and files are dense int ids
 * with their names kept, so a real log's text ids survive a round trip. Columns are primitive lists: a log of a
 * few hundred thousand messages stays small.
 */
public final class MessageLog {
    private final LongArrayList minute = new LongArrayList();
    private final IntArrayList author = new IntArrayList(), type = new IntArrayList(), patch = new IntArrayList(),
            group = new IntArrayList(), parent = new IntArrayList();
    private final List<int[]> files = new ArrayList<>();
    private final Names authors = new Names("author"), patches = new Names("patch"), groups = new Names("group"),
            fileNames = new Names("file");
    private static final int[] NONE = new int[0];

    /** Dense ids for names, in order of first appearance. */
    public static final class Names {
        private final String prefix;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        Names(String prefix) {
            this.prefix = prefix;
        }

        public int id(String name) {
            Integer id = ids.get(name);
            if (id != null) return id;
            ids.put(name, names.size());
            names.add(name);
            return names.size() - 1;
        }

        /** The name of an id, inventing "prefix-id" names for ids a simulation created without one. */
        public String name(int id) {
            while (names.size() <= id) {
                String n = prefix + "-" + names.size();
                ids.put(n, names.size());
                names.add(n);
            }
            return names.get(id);
        }

        public int size() {
            return names.size();
        }
    }

    /** Appends a message; times must not decrease (a log is in time order). */
    public int add(long at, int who, MessageType t, int p, int[] fileIds, int g, int replyTo) {
        if (!minute.isEmpty() && at < minute.getLong(minute.size() - 1)) {
            throw new IllegalArgumentException("message at minute " + at + " before the previous one at "
                    + minute.getLong(minute.size() - 1) + "; a log is in time order");
        }
        minute.add(at);
        author.add(who);
        type.add(t.ordinal());
        patch.add(p);
        files.add(fileIds == null || fileIds.length == 0 ? NONE : fileIds.clone());
        group.add(g);
        parent.add(replyTo);
        return minute.size() - 1;
    }

    public int size() {
        return minute.size();
    }

    public long minute(int m) {
        return minute.getLong(m);
    }

    public int author(int m) {
        return author.getInt(m);
    }

    public MessageType type(int m) {
        return MessageType.values()[type.getInt(m)];
    }

    public int patch(int m) {
        return patch.getInt(m);
    }

    public int[] files(int m) {
        return files.get(m).clone();
    }

    public int fileCount(int m) {
        return files.get(m).length;
    }

    public int group(int m) {
        return group.getInt(m);
    }

    public int parent(int m) {
        return parent.getInt(m);
    }

    public Names authors() {
        return authors;
    }

    public Names patches() {
        return patches;
    }

    public Names groups() {
        return groups;
    }

    public Names fileNames() {
        return fileNames;
    }

    /**
     * The same log with every id renumbered in order of first appearance (per message: files, author, parent,
     * patch, group) and names kept: the ids {@link LogCsv#read} gives. The pipeline works on this form, so a log
     * and its CSV round trip give the same results.
     */
    public MessageLog canonical() {
        MessageLog out = new MessageLog();
        for (int m = 0; m < size(); m++) {
            int[] f = files.get(m);
            int[] mapped = new int[f.length];
            for (int i = 0; i < f.length; i++) mapped[i] = out.fileNames.id(fileNames.name(f[i]));
            int who = out.authors.id(authors.name(author(m)));
            int replyTo = parent(m) < 0 ? -1 : out.authors.id(authors.name(parent(m)));
            int p = out.patches.id(patches.name(patch(m)));
            out.add(minute(m), who, type(m), p, mapped, out.groups.id(groups.name(group(m))), replyTo);
        }
        return out;
    }

    /** One past the largest author id used (ids may be dense without names in a simulated log). */
    public int authorCount() {
        int n = authors.size();
        for (int m = 0; m < size(); m++) n = Math.max(n, author(m) + 1);
        return n;
    }

    public int groupCount() {
        int n = groups.size();
        for (int m = 0; m < size(); m++) n = Math.max(n, group(m) + 1);
        return n;
    }

    public int patchCount() {
        int n = patches.size();
        for (int m = 0; m < size(); m++) n = Math.max(n, patch(m) + 1);
        return n;
    }
}
