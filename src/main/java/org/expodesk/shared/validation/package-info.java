@NullMarked
package org.expodesk.shared.validation;

import org.jspecify.annotations.NullMarked;
