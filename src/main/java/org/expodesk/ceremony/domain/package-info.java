/** The ceremony entity (with its ordered deal ids and witnesses) and its repository. */
@NullMarked
package org.expodesk.ceremony.domain;

import org.jspecify.annotations.NullMarked;
