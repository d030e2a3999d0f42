package org.infoops.env;

/** A call at the wrong point of an episode: step or render before reset, step after the episode ended. */
public final class EpisodeStateException extends EnvironmentException {
    public EpisodeStateException(String message) {
        super(message);
    }
}
