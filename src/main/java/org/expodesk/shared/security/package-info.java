@NullMarked
package org.expodesk.shared.security;

import org.jspecify.annotations.NullMarked;
