@NullMarked
package org.expodesk.person.domain;

import org.jspecify.annotations.NullMarked;
