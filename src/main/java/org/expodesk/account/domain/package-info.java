@NullMarked
package org.expodesk.account.domain;

import org.jspecify.annotations.NullMarked;
