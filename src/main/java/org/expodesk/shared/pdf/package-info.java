/**
 * What every PDF of ExpoDesk needs: the embedded CJK font, loaded once. Features draw their own pages with
 * OpenPDF and take the font from here.
 */
@NullMarked
package org.expodesk.shared.pdf;

import org.jspecify.annotations.NullMarked;
