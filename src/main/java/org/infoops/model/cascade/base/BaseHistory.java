package org.infoops.model.cascade.base;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrayList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Read-only indexes over a {@link BaseWorld} for the pipeline: post by id, the users who reshared each post (all
 * layers, and the first layer only, whose parent is the author), and the Periods I-II retweet table of Eq 1.
 */
public final class BaseHistory {
    private final BaseWorld world;
    private final Long2IntOpenHashMap postIndex = new Long2IntOpenHashMap();
    private final long[][] resharers;        // per post index, sorted user ids
    private final long[][] firstLayer;       // per post index, sorted user ids whose parent is the author
    private final java.util.Map<List<Long>, Integer> table;   // Eq 1's |R_ij| over Periods I-II

    public BaseHistory(BaseWorld world) {
        this.world = world;
        postIndex.defaultReturnValue(-1);
        List<BasePost> posts = world.posts();
        for (int i = 0; i < posts.size(); i++) {
            postIndex.put(posts.get(i).postId(), i);
        }
        List<LongArrayList> all = new ArrayList<>(), first = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            all.add(new LongArrayList());
            first.add(new LongArrayList());
        }
        for (BaseRetweet r : world.retweets()) {
            int i = postIndex.get(r.postId());
            all.get(i).add(r.retweeter());
            if (r.parentUser() == posts.get(i).author()) {
                first.get(i).add(r.retweeter());
            }
        }
        resharers = new long[posts.size()][];
        firstLayer = new long[posts.size()][];
        for (int i = 0; i < posts.size(); i++) {
            resharers[i] = all.get(i).toLongArray();
            firstLayer[i] = first.get(i).toLongArray();
            Arrays.sort(resharers[i]);
            Arrays.sort(firstLayer[i]);
        }
        table = retweetCounts(world);
    }

    /** |R_ij| of Eq 1 over Periods I-II: posts authored by i and reshared by j, keyed [author, retweeter]. */
    public static TreeMap<List<Long>, Integer> retweetCounts(BaseWorld world) {
        Long2IntOpenHashMap postIndex = new Long2IntOpenHashMap();
        for (int i = 0; i < world.posts().size(); i++) {
            postIndex.put(world.posts().get(i).postId(), i);
        }
        TreeMap<List<Long>, Integer> table = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
                ? Long.compare(a.get(1), b.get(1)) : Long.compare(a.get(0), b.get(0)));
        for (BaseRetweet r : world.retweets()) {
            BasePost p = world.posts().get(postIndex.get(r.postId()));
            if (p.period() != Period.III && Period.of(r.time()) != Period.III) {
                table.merge(List.of(p.author(), r.retweeter()), 1, Integer::sum);
            }
        }
        return table;
    }

    /** |R_ij| over Periods I-II: posts of {@code author} reshared by {@code retweeter}. */
    public int retweetCount(long author, long retweeter) {
        return table.getOrDefault(List.of(author, retweeter), 0);
    }

    public BaseWorld world() {
        return world;
    }

    public List<BasePost> posts() {
        return world.posts();
    }

    /** Index of a post id in {@link #posts()}, or -1. */
    public int indexOf(long postId) {
        return postIndex.get(postId);
    }

    /** Sorted ids of every user who reshared post {@code index} (any layer). */
    public long[] resharers(int index) {
        return resharers[index];
    }

    /** Sorted ids of users who reshared post {@code index} directly from its author. */
    public long[] firstLayer(int index) {
        return firstLayer[index];
    }

    public boolean reshared(int index, long user) {
        return Arrays.binarySearch(resharers[index], user) >= 0;
    }

    /** The Periods I-II retweet table (Eq 1's |R_ij|) in cascade-sim's form. */
    public org.infoops.model.cascade.RetweetTable retweetTable() {
        long[] a = new long[table.size()], r = new long[table.size()];
        int[] c = new int[table.size()];
        int i = 0;
        for (var e : table.entrySet()) {
            a[i] = e.getKey().get(0);
            r[i] = e.getKey().get(1);
            c[i++] = e.getValue();
        }
        return new org.infoops.model.cascade.RetweetTable(a, r, c);
    }

    /** The user with the most posts (ties: smaller id): the paper's source user u_S, a prolific account. */
    public long sourceUser() {
        it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap count = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap();
        for (BasePost p : world.posts()) count.addTo(p.author(), 1);
        long best = -1;
        for (var e : count.long2IntEntrySet()) {
            if (best < 0 || e.getIntValue() > count.get(best) || (e.getIntValue() == count.get(best) && e.getLongKey() < best)) {
                best = e.getLongKey();
            }
        }
        return best;
    }

    /** The source user's most reshared Period III post (ties: the earlier one): the stand-in for the paper's T_S. */
    public int viralPeriodThreePost() {
        long source = sourceUser();
        int best = -1;
        for (int i = 0; i < resharers.length; i++) {
            BasePost p = world.posts().get(i);
            if (p.period() == Period.III && p.author() == source && (best < 0 || resharers[i].length > resharers[best].length)) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the source user " + source + " has no Period III post");
        }
        return best;
    }
}
