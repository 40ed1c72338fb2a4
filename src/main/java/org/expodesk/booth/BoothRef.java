package org.expodesk.booth;

/** A booth as the user saw it: its id and the version read. An action on an older version is refused. */
public record BoothRef(long id, long version) {
}
