@NullMarked
package org.expodesk.unit.ui;

import org.jspecify.annotations.NullMarked;
