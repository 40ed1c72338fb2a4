@NullMarked
package org.expodesk.badge.domain;

import org.jspecify.annotations.NullMarked;
