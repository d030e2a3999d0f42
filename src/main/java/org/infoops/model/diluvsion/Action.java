package org.infoops.model.diluvsion;

/** The seven actions of Diluvsion §3.3, in the column order of the roles table (spec §4.1). */
public enum Action {
    TWEET, RETWEET, QUOTE, REPLY, LIKE, FOLLOW, UNFOLLOW;

    public static final Action[] ALL = values();

    public String label() {
        return name().toLowerCase();
    }
}
