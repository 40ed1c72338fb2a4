package org.expodesk.checkin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.checkin.HallCount;
import org.expodesk.checkin.OccupancyService;
import org.expodesk.event.CurrentEvent;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * How many people are inside each hall now, against its capacity: the safety figure of the fair. The screen
 * updates itself by server push whenever a scan changes a count, and shows a warning from 90 % and an alarm
 * from 100 % of the capacity, in words as well as colour.
 */
@Route("occupancy")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 46, title = "nav.occupancy", icon = "vaadin:users")
public class OccupancyView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final OccupancyService occupancy;
    private final Clock clock;
    private final @Nullable Long eventId;
    private final Div halls = new Div();
    private final Span updated = new Span();
    private @Nullable Registration subscription;

    public OccupancyView(OccupancyService occupancy, CurrentEvent currentEvent, Clock clock) {
        this.occupancy = occupancy;
        this.clock = clock;
        this.eventId = currentEvent.id().orElse(null);
        addClassName("view");
        add(new ViewTitle(getTranslation("occupancy.title")));
        if (eventId == null) {
            Paragraph none = new Paragraph(getTranslation("occupancy.no-event"));
            none.setId("occupancy-no-event");
            add(none);
            return;
        }
        halls.setId("occupancy-halls");
        halls.setWidthFull();
        halls.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(17rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        updated.setId("occupancy-updated");
        updated.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(halls, updated);
        show(occupancy.occupancy(eventId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("occupancy.title") + " · " + getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (eventId != null && subscription == null) {
            UI ui = event.getUI();
            subscription = occupancy.subscribe(eventId, counts -> ui.access(() -> show(counts)));
            // Counts may have changed between the first reading and the subscription.
            show(occupancy.occupancy(eventId));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        super.onDetach(event);
    }

    private void show(List<HallCount> counts) {
        halls.removeAll();
        if (counts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("occupancy.no-halls"));
            none.setId("occupancy-no-halls");
            halls.add(none);
        }
        counts.forEach(count -> halls.add(new HallOccupancyCard(count, getLocale())));
        updated.setText(getTranslation("occupancy.updated", TIME.format(LocalTime.now(clock))));
    }
}
