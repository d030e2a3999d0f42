package org.infoops.env;

import org.infoops.kernel.RandomStreams;

/**
 * What an environment's logic gets at the start of an episode.
 *
 * @param random  the episode's random streams: the only source of randomness an environment may use
 *                (derived from the seed and the episode number, so the same seed gives the same episode)
 * @param seed    the seed of the last seeded reset (or the entropy seed if none was given)
 * @param episode episodes since that seeded reset: 0 for the reset that gave the seed, then 1, 2, ...
 * @param options reset options, already merged with the defaults the spec lists
 */
public record EpisodeStart(RandomStreams random, long seed, long episode, Options options) {
}
