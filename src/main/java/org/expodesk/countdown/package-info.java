/**
 * The preparation countdown (倒排工期、挂图作战; 一日一总结): tasks of an event planned backwards from opening
 * day, with an owner (person and unit), dates, finish-to-start dependencies without cycles, status and progress,
 * grouped by workstream; templates relative to opening day, with a bilingual starter template; the critical
 * path; the wall chart (Gantt, A3 PDF); and the daily summary composed every evening from every feature's
 * {@link org.expodesk.shared.daily.DailySummaryContribution}, stored once per event and day.
 */
@NullMarked
package org.expodesk.countdown;

import org.jspecify.annotations.NullMarked;
