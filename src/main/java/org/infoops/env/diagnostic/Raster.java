package org.infoops.env.diagnostic;

import org.infoops.env.RgbFrame;

/** A tiny RGB canvas for the diagnostic environments' rgb_array frames (no AWT needed, works headless). */
final class Raster {
    private final int width;
    private final int height;
    private final byte[] rgb;

    Raster(int width, int height, int background) {
        this.width = width;
        this.height = height;
        this.rgb = new byte[width * height * 3];
        fill(0, 0, width, height, background);
    }

    /** Fills the rectangle [x, x+w) x [y, y+h), clipped to the canvas, with colour 0xRRGGBB. */
    void fill(int x, int y, int w, int h, int colour) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        for (int row = y0; row < y1; row++) {
            for (int col = x0; col < x1; col++) {
                int k = (row * width + col) * 3;
                rgb[k] = (byte) (colour >> 16);
                rgb[k + 1] = (byte) (colour >> 8);
                rgb[k + 2] = (byte) colour;
            }
        }
    }

    RgbFrame frame() {
        return new RgbFrame(width, height, rgb.clone());
    }
}
