package org.infoops.env;

/** A rendered frame: text for mode "ansi", an RGB image for mode "rgb_array". */
public sealed interface Frame permits TextFrame, RgbFrame {
    /** Render mode of human-readable text. */
    String ANSI = "ansi";
    /** Render mode of an RGB image (numpy: height x width x 3 uint8). */
    String RGB_ARRAY = "rgb_array";
}
