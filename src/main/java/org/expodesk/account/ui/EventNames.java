package org.expodesk.account.ui;

import java.io.Serializable;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;

/**
 * Names of the events assigned to accounts, looked up once per screen: many accounts share the same few
 * events, so each grid page costs at most one query per event not seen before.
 */
final class EventNames implements Serializable {

    private final transient EventService events;
    private final Map<Long, Optional<EventSummary>> seen = new HashMap<>();

    EventNames(EventService events) {
        this.events = events;
    }

    Optional<EventSummary> find(long eventId) {
        return seen.computeIfAbsent(eventId, events::find);
    }

    /** The names joined the way the language lists things: 、 in Chinese, commas in English. */
    String join(Collection<Long> eventIds, Locale locale) {
        return eventIds.stream().map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(EventSummary::startDate))
                .map(e -> e.name(locale))
                .collect(Collectors.joining(AppLocales.isChinese(locale) ? "、" : ", "));
    }
}
