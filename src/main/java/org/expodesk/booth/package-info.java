/**
 * Halls and booths of an event: the office lays out each hall to scale, generates blocks of booths with a
 * code pattern and aisles, then edits, blocks, reserves (a township pavilion), merges and splits single
 * booths. Every change keeps the plan sound: no two booths of a hall overlap, none leaves its hall, and a
 * code is used once per event. The interactive floor plan draws a hall in the browser from one JSON
 * document. Booths already carry the holder and the held/assigned statuses that exhibitor allocation fills.
 */
@NullMarked
package org.expodesk.booth;

import org.jspecify.annotations.NullMarked;
