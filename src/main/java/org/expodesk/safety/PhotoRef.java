package org.expodesk.safety;

/** A stored photo: its id for answers and re-checks, what it is and how big. */
public record PhotoRef(long id, String contentType, long sizeBytes) {
}
