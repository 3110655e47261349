package com.briefingdesk.article;

import java.util.Optional;

/**
 * The pixel size an image file declares in its header, read before anything decodes it: a few hundred bytes may
 * claim 100,000 × 100,000 pixels and take gigabytes to decode (a decompression bomb).
 */
record ImageSize(int width, int height) {

    static final int MAX_SIDE = 20_000;
    static final long MAX_PIXELS = 40_000_000L;

    boolean decodable() {
        return width > 0 && height > 0 && width <= MAX_SIDE && height <= MAX_SIDE
                && (long) width * height <= MAX_PIXELS;
    }

    /** The size from a PNG's IHDR or a JPEG's start-of-frame; empty when the header is broken. */
    static Optional<ImageSize> declaredIn(byte[] content, String mediaType) {
        return "image/png".equals(mediaType) ? png(content) : jpeg(content);
    }

    private static Optional<ImageSize> png(byte[] content) {
        // signature (8), chunk length (4), "IHDR" (4), width (4), height (4)
        if (content.length < 24 || content[12] != 'I' || content[13] != 'H' || content[14] != 'D' || content[15] != 'R') {
            return Optional.empty();
        }
        return Optional.of(new ImageSize(int32(content, 16), int32(content, 20)));
    }

    private static Optional<ImageSize> jpeg(byte[] content) {
        int at = 2;
        while (at + 9 < content.length) {
            if ((content[at] & 0xff) != 0xff) {
                return Optional.empty();
            }
            int marker = content[at + 1] & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                return Optional.of(new ImageSize(int16(content, at + 7), int16(content, at + 5)));
            }
            at += 2 + int16(content, at + 2);
        }
        return Optional.empty();
    }

    private static int int32(byte[] b, int at) {
        long value = ((b[at] & 0xffL) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    private static int int16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
