/** The deal entity and its repository: only the deal module's services touch them. */
@NullMarked
package org.expodesk.deal.domain;

import org.jspecify.annotations.NullMarked;
