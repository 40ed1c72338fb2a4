/**
 * The halls-and-booths screen (halls, block generation with a live preview, the booth grid) and the
 * interactive floor plan, which draws a hall in the browser ({@code frontend/components/floor-plan.js}) and
 * opens a booth's card on a click.
 */
@NullMarked
package org.expodesk.booth.ui;

import org.jspecify.annotations.NullMarked;
