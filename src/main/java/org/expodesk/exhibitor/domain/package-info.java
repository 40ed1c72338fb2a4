/**
 * Entities and repositories of the exhibitor feature: the company registered for an event, the history of
 * its registration, and its staff. Booth allocations are written with plain SQL (see BoothAllocator), because
 * the guarantee lives in conditional updates and keys, not in loaded entities.
 */
@NullMarked
package org.expodesk.exhibitor.domain;

import org.jspecify.annotations.NullMarked;
