package org.infoops.env;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Mode "rgb_array": {@code height * width * 3} bytes, rows top to bottom, pixels left to right,
 * channels R, G, B: the layout of numpy's HxWx3 uint8 array, so a client needs one reshape.
 */
public record RgbFrame(int width, int height, byte[] rgb) implements Frame {
    public RgbFrame {
        if (width < 1 || height < 1) throw new IllegalArgumentException("image size " + width + "x" + height);
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("a " + width + "x" + height + " RGB image needs " + (width * height * 3)
                    + " bytes, got " + rgb.length);
        }
    }

    /** The pixels of a rendered image. */
    public static RgbFrame of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = image.getRGB(x, y);
                rgb[k++] = (byte) (p >> 16);
                rgb[k++] = (byte) (p >> 8);
                rgb[k++] = (byte) p;
            }
        }
        return new RgbFrame(w, h, rgb);
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int k = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = ((rgb[k] & 0xFF) << 16) | ((rgb[k + 1] & 0xFF) << 8) | (rgb[k + 2] & 0xFF);
                image.setRGB(x, y, p);
                k += 3;
            }
        }
        return image;
    }

    /** The frame as PNG bytes, e.g. to save it. */
    public byte[] toPng() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(toImage(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RgbFrame f && f.width == width && f.height == height && Arrays.equals(f.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return (width * 31 + height) * 31 + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "RgbFrame(" + width + "x" + height + ")";
    }
}
