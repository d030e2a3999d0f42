package org.infoops.learn;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tribuo logs every SGD training and XGBoost round at INFO, which would drown the CLI's figures (100 clients
 * x 10 rounds = 2,000 lines per federated run). The logger is held in a static field because
 * java.util.logging keeps loggers only weakly: a level set on an unreferenced logger can be lost.
 */
public final class TribuoLogging {
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(Level.WARNING);
    }

    private TribuoLogging() {
    }

    /** Makes sure the level is set (class initialisation does the work). */
    public static void quiet() {
        // nothing: loading this class set the level
    }
}
