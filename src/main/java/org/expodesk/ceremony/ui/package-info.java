/** The ceremony screen: pick the session, order the deals (drag or buttons), witnesses, stage plan and downloads. */
@NullMarked
package org.expodesk.ceremony.ui;

import org.jspecify.annotations.NullMarked;
