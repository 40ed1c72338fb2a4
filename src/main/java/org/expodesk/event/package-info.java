/**
 * Events: a county small-commodity expo, an investment fair attended as a delegation. An event has a
 * bilingual name, a kind, an edition, dates in its own time zone, a venue and a status from planning to
 * closed. Every other feature hangs off an event. Office staff see only the events assigned to them.
 */
@NullMarked
package org.expodesk.event;

import org.jspecify.annotations.NullMarked;
