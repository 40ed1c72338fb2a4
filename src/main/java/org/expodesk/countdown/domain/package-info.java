/** Entities and repositories of the countdown: tasks, templates, daily summaries and their hour. */
@NullMarked
package org.expodesk.countdown.domain;

import org.jspecify.annotations.NullMarked;
