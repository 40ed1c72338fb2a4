package org.expodesk.safety;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The photo formats phones produce, recognised by their first bytes ("magic numbers"), never by the name or the
 * content type the browser claims: both are the uploader's to choose.
 */
enum PhotoType {
    JPEG("image/jpeg", "jpg", new String[] {"jpg", "jpeg"}),
    PNG("image/png", "png", new String[] {"png"}),
    WEBP("image/webp", "webp", new String[] {"webp"});

    /** Bytes read to tell the formats apart. */
    static final int HEADER_BYTES = 12;

    final String contentType;
    final String extension;
    private final String[] extensions;

    PhotoType(String contentType, String extension, String[] extensions) {
        this.contentType = contentType;
        this.extension = extension;
        this.extensions = extensions;
    }

    static Optional<PhotoType> sniff(byte[] h, int length) {
        if (length >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (length >= 8 && (h[0] & 0xff) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G' && h[4] == 0x0d && h[5] == 0x0a
                && h[6] == 0x1a && h[7] == 0x0a) {
            return Optional.of(PNG);
        }
        if (length >= 12 && h[0] == 'R' && h[1] == 'I' && h[2] == 'F' && h[3] == 'F' && h[8] == 'W' && h[9] == 'E' && h[10] == 'B'
                && h[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The type a file name claims by its extension, if it names one of ours. */
    static Optional<PhotoType> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(ext)).findFirst();
    }
}
