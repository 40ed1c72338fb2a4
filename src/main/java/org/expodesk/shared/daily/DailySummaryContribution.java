package org.expodesk.shared.daily;

import java.time.LocalDate;
import java.util.List;

/**
 * What a feature adds to an event's daily summary. Called once per event and day when the summary is composed
 * (by the system, in the evening, in the event's time zone), so a contribution must not depend on who is signed
 * in: it marks each section with the roles that may read it instead, and screens and PDFs show a reader only
 * those. Return nothing when the feature has nothing for that event.
 */
public interface DailySummaryContribution {

    List<DailySummarySection> sections(long eventId, LocalDate day);
}
