package org.infoops.model.cascade.base;

import java.util.Objects;

/**
 * One original post of the base history (a row of posts.csv).
 *
 * @param postId  unique id
 * @param author  user id of the author
 * @param time    days since 1 Feb 2021
 * @param period  the data period containing {@code time}
 * @param topic   topic index, or -1 when unknown (real data)
 * @param text    the post text
 */
public record BasePost(long postId, long author, double time, Period period, int topic, String text) {
    public BasePost {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(text, "text");
    }
}
