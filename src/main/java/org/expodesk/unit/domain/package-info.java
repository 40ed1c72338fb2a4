@NullMarked
package org.expodesk.unit.domain;

import org.jspecify.annotations.NullMarked;
