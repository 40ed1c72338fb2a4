/** Hall and booth entities and repositories, and the plan's geometry and code rules that need no database. */
@NullMarked
package org.expodesk.booth.domain;

import org.jspecify.annotations.NullMarked;
