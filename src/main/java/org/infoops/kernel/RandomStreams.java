package org.infoops.kernel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded, splittable random streams: one root seed per run, and every component draws from its own
 * stream derived from the root by a name and indices, never from a shared global generator.
 *
 * <p>Streams are derived by key rather than split off in sequence, so a stream's numbers depend only on
 * (root seed, name, indices), not on how many other streams were created before it or on which thread
 * asks first. That is what makes a sweep give the same results serially and in parallel.
 */
public final class RandomStreams {
    private final long rootSeed;

    public RandomStreams(long rootSeed) {
        this.rootSeed = rootSeed;
    }

    public long rootSeed() {
        return rootSeed;
    }

    /** A child family of streams, e.g. {@code streams.child("run", 3)}: same derivation, new root. */
    public RandomStreams child(String name, long... indices) {
        return new RandomStreams(derive(name, indices));
    }

    /** A fresh generator for the component called {@code name} (with optional indices such as a run number). */
    public UniformRandomProvider stream(String name, long... indices) {
        long s = derive(name, indices);
        // XoShiRo128++: fast, small state, passes BigCrush; seeded with two derived 64-bit words.
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {s, mix(s ^ 0x9E3779B97F4A7C15L)});
    }

    /** A derived 64-bit seed, for code that needs a seed rather than a generator. */
    public long derive(String name, long... indices) {
        long h = mix(rootSeed ^ 0x6A09E667F3BCC909L);
        for (int i = 0; i < name.length(); i++) {
            h = mix(h ^ name.charAt(i));
        }
        for (long index : indices) {
            h = mix(h ^ mix(index + 0x3C6EF372FE94F82BL));
        }
        return h;
    }

    /** SplitMix64's finaliser: a bijective 64-bit mixer with full avalanche. */
    static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
