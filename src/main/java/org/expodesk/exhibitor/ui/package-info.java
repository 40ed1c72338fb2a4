/**
 * Screens of the exhibitor feature: the public registration page, the office's review queue with its detail,
 * and the exhibitor's own company, booth plan and staff list.
 */
@NullMarked
package org.expodesk.exhibitor.ui;

import org.jspecify.annotations.NullMarked;
