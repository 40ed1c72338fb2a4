@NullMarked
package org.expodesk.shell.ui;

import org.jspecify.annotations.NullMarked;
