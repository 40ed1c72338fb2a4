/**
 * The daily summary's contribution SPI (一日一总结): each feature adds titled sections of figures and
 * bilingual lines for an event and a day, and says which roles may read each section. The countdown
 * composes and stores the summary from every contribution, so features fill it in without depending on it
 * or on each other.
 */
@NullMarked
package org.expodesk.shared.daily;

import org.jspecify.annotations.NullMarked;
