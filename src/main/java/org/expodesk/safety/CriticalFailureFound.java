package org.expodesk.safety;

/**
 * Published when an inspection records a failed critical item; listeners see it only after the inspection has
 * been committed, so nobody is alarmed by a round that was then refused.
 */
public record CriticalFailureFound(long eventId, long rectificationId, String targetName, String itemZh, String itemEn) {
}
