package org.infoops.model.cascade;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The mutation hook of the paper's pseudocode: when follower u_j quote-tweets (probability QM(u_j)), the
 * strain it passes on is a new post T_j with Orig(T_j) = u_j. The paper generates the added commentary with
 * an LLM (S2 Appendix); the default here keeps the text, so only the originator changes.
 */
@FunctionalInterface
public interface Mutation {

    /** The quote post that {@code quotingUser} shares when quoting {@code parent}; its author must be the quoting user. */
    CascadePost quote(CascadePost parent, int quotingUser, UniformRandomProvider rng);

    /** Keeps the parent's id, text and topic; the quoting user becomes the originator (Orig(T_j) = u_j). */
    Mutation KEEP_TEXT = (parent, quotingUser, rng) ->
            new CascadePost(parent.id(), quotingUser, parent.text(), parent.topic());
}
