/**
 * The office's gates screen: the gates of the current event with the hall each counts and the badge types
 * each admits, and the scanning devices registered for them, each enrolled with a one-time code shown as a
 * QR code.
 */
@NullMarked
package org.expodesk.checkin.ui;

import org.jspecify.annotations.NullMarked;
