/** The office's badge screen: issue, reissue, revoke and print the badges of the current event. */
@NullMarked
package org.expodesk.badge.ui;

import org.jspecify.annotations.NullMarked;
