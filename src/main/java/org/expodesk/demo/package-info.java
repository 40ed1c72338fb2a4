/**
 * The bilingual demo of the embedded database: a county small-commodity expo (4th edition, halls 4 and 5
 * of a 26,000 m² venue, ≈ 400 booths with a township pavilion), an investment fair the city attends as a delegation, the city's unit tree with
 * leaders and liaisons, and one account per role. It runs once on an empty database when
 * {@code expodesk.demo.enabled} is true, which the {@code mysql} profile turns off. Later features add to it.
 */
@NullMarked
package org.expodesk.demo;

import org.jspecify.annotations.NullMarked;
