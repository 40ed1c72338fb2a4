@NullMarked
package org.expodesk.shared.dashboard;

import org.jspecify.annotations.NullMarked;
