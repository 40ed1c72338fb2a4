/**
 * The gate screens. For the office: the gates of the current event with the hall each counts and the badge
 * types each admits, and the scanning devices registered for them, each enrolled with a one-time code shown as
 * a QR code; and the live occupancy of the halls, pushed to the screen on every scan. For the volunteers: the
 * scanning screen (camera, handheld scanner, manual entry; a full-screen answer for every scan). They turn what
 * happens at the gate into calls of the check-in services and show the answers; no scanning rule lives here.
 */
@NullMarked
package org.expodesk.checkin.ui;

import org.jspecify.annotations.NullMarked;
