package org.expodesk.event;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The event the user is working on in this browser session, chosen in the header. On first use it is
 * the event remembered from the last session, else the next one to open. Only the id is kept: screens
 * read what they need through the services.
 */
@SpringComponent
@VaadinSessionScope
public class CurrentEvent implements Serializable {

    private final transient EventService events;
    private final transient ObjectProvider<CurrentEventMemory> memory;
    private @Nullable Long eventId;
    private boolean resolved;

    CurrentEvent(EventService events, ObjectProvider<CurrentEventMemory> memory) {
        this.events = events;
        this.memory = memory;
    }

    public Optional<Long> id() {
        if (!resolved) {
            resolved = true;
            List<EventSummary> selectable = events.selectable();
            CurrentEventMemory remembered = memory.getIfAvailable();
            Long wanted = remembered == null ? null : remembered.recall();
            eventId = selectable.stream().map(EventSummary::id).filter(id -> Objects.equals(id, wanted)).findFirst()
                    .orElse(selectable.isEmpty() ? null : selectable.getFirst().id());
        }
        return Optional.ofNullable(eventId);
    }

    /** Makes the event current for this session and remembers it for the next one. */
    public void select(@Nullable Long eventId) {
        this.eventId = eventId;
        this.resolved = true;
        CurrentEventMemory remembered = memory.getIfAvailable();
        if (remembered != null) {
            remembered.remember(eventId);
        }
    }
}
