@NullMarked
package org.expodesk.shared.time;

import org.jspecify.annotations.NullMarked;
