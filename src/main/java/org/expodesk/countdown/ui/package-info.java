/**
 * The countdown's office screens: the task list with its form and template dialogs, the wall chart (a Gantt per
 * workstream drawn with ECharts, printable on A3), and the daily summaries the organisers read next morning.
 */
@NullMarked
package org.expodesk.countdown.ui;

import org.jspecify.annotations.NullMarked;
