@NullMarked
package org.expodesk.event.domain;

import org.jspecify.annotations.NullMarked;
