package org.infoops.model.diluvsion;

import java.util.ArrayList;
import java.util.List;

/** Names of the metrics a Diluvsion run records (spec §2.10). */
public final class DiluvsionMetrics {
    public static final int THEMES = 12;

    /** Per-step columns. Theme columns are T1..T12; action columns follow {@link Action} order. */
    public static final List<String> COLUMNS = buildColumns();

    public static final List<String> TWEET_COLUMNS = List.of(
            "tweet", "author", "author_is_bot", "kind", "stance", "themes", "parent", "step",
            "likes", "retweets", "replies", "quotes");

    public static final List<String> AGENT_COLUMNS = List.of(
            "agent", "is_bot", "role", "level", "start_stance", "end_stance", "conversions",
            "followers", "followees", "tweets", "likes_received", "replies_received");

    private DiluvsionMetrics() {}

    public static String stance(Stance s) {
        return "stance." + s.label();
    }

    public static String theme(int theme1Based) {
        return "theme.T" + theme1Based;
    }

    public static String action(Action a) {
        return "action." + a.label();
    }

    private static List<String> buildColumns() {
        List<String> c = new ArrayList<>();
        for (Stance s : Stance.ALL) c.add(stance(s));
        for (int t = 1; t <= THEMES; t++) c.add(theme(t));
        for (Stance s : Stance.ALL) c.add("followers." + s.label());
        for (Stance s : Stance.ALL) c.add("followees." + s.label());
        for (Action a : Action.ALL) c.add(action(a));
        c.add("fallback_tweets");
        c.add("infections");
        c.add("conversions");
        c.add("awake");
        return List.copyOf(c);
    }
}
