@NullMarked
package org.expodesk.event.ui;

import org.jspecify.annotations.NullMarked;
