/** The office's deals screen: a lazy, filtered list of the current event's deals and the deal form. */
@NullMarked
package org.expodesk.deal.ui;

import org.jspecify.annotations.NullMarked;
