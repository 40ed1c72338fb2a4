package org.expodesk.countdown;

import java.time.Instant;
import java.time.LocalDate;
import org.expodesk.countdown.domain.DailySummaryEntry;
import org.expodesk.countdown.domain.DailySummaryRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a composed summary in its own transaction, so a unique-key failure (another instance was faster) rolls
 * back only this insert and reaches the caller as an exception it can read as "already composed".
 */
@Component
class DailySummaryStore {

    private final DailySummaryRepository summaries;

    DailySummaryStore(DailySummaryRepository summaries) {
        this.summaries = summaries;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long insert(long eventId, LocalDate day, Instant composedAt, String sectionsJson) {
        return summaries.saveAndFlush(new DailySummaryEntry(eventId, day, composedAt, sectionsJson)).requireId();
    }
}
