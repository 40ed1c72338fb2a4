@NullMarked
package org.expodesk.shared.ui;

import org.jspecify.annotations.NullMarked;
