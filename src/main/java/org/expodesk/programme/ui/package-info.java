/** The programme's screens: the session list, the day timeline per place, one person's sessions, the session form and the public page. */
@NullMarked
package org.expodesk.programme.ui;

import org.jspecify.annotations.NullMarked;
