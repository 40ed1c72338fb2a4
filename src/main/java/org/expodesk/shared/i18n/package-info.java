@NullMarked
package org.expodesk.shared.i18n;

import org.jspecify.annotations.NullMarked;
