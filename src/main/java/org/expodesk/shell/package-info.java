/**
 * The shell around every screen: the side navigation built from the screens' {@code @Menu}, the current
 * event chooser, the language switch, the user menu, and the dashboard that gathers what every feature
 * contributes. Nothing depends on this module; it depends on the features it shows.
 */
@NullMarked
package org.expodesk.shell;

import org.jspecify.annotations.NullMarked;
