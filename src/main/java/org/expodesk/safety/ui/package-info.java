/**
 * Screens of the safety module: the phone inspection round (also opened from a target's QR code), targets with
 * their responsible persons and QR labels, rectifications with re-checks, checklist templates, contingency
 * plans, and the live notice of a critical failure on organisers' open screens.
 */
@NullMarked
package org.expodesk.safety.ui;

import org.jspecify.annotations.NullMarked;
