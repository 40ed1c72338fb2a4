/**
 * The gate screens: the volunteers' scanning screen (camera, handheld scanner, manual entry; a full-screen
 * answer for every scan) and the office's live hall occupancy. They turn what happens at the gate into calls
 * of the check-in services and show the answers; no scanning rule lives here.
 */
@NullMarked
package org.expodesk.checkin.ui;

import org.jspecify.annotations.NullMarked;
