package com.briefingdesk.article;

import com.briefingdesk.kernel.ValidationException;
import java.util.Map;
import java.util.Optional;

/** Images only, judged by their content, not their name; 5 MB at most. */
final class AttachmentPolicy {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int NAME_MAX = 200;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private AttachmentPolicy() {
    }

    /** The media type the content really is, or a validation error for the "images" field. */
    static String mediaTypeOf(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new ValidationException(Map.of("images", "article.image.tooLarge"));
        }
        String mediaType = sniff(content)
                .orElseThrow(() -> new ValidationException(Map.of("images", "article.image.notImage")));
        ImageSize size = ImageSize.declaredIn(content, mediaType)
                .orElseThrow(() -> new ValidationException(Map.of("images", "article.image.notImage")));
        if (!size.decodable()) {
            throw new ValidationException(Map.of("images", "security.image.tooManyPixels"));
        }
        return mediaType;
    }

    /**
     * The name an image is kept under: as uploaded, without control characters (PostgreSQL refuses NUL) and cut to
     * the column's 200 characters without splitting a character outside the Basic Multilingual Plane.
     */
    static String storedName(String fileName) {
        String name = fileName == null ? "" : fileName.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            return "image";
        }
        return name.codePointCount(0, name.length()) > NAME_MAX ? name.substring(0, name.offsetByCodePoints(0, NAME_MAX))
                : name;
    }

    private static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
