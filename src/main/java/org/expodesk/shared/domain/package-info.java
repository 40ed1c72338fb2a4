@NullMarked
package org.expodesk.shared.domain;

import org.jspecify.annotations.NullMarked;
