package org.expodesk.booth;

import java.util.Locale;

/** What is sold on a booth's footprint; the kind decides the build-up work and usually the price per m². */
public enum BoothKind {
    /** 标准展位: shell scheme with walls, fascia, lights, usually 3 × 3 m. */
    STANDARD,
    /** 光地: bare floor, the exhibitor builds its own stand. */
    RAW_SPACE,
    /** 角位: open on two sides. */
    CORNER,
    /** 岛位: open on all four sides. */
    ISLAND;

    public String messageKey() {
        return "booth.kind." + name().toLowerCase(Locale.ROOT);
    }
}
