@NullMarked
package org.expodesk.account.ui;

import org.jspecify.annotations.NullMarked;
