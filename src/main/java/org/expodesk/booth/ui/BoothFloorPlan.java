package org.expodesk.booth.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The floor plan of one hall, drawn in the browser by {@code frontend/components/floor-plan.js} from one JSON
 * document ({@link FloorPlanJson}). The server holds no element per booth: 600 booths cost one property, and
 * zooming and panning never make a round trip. A click on a booth comes back as a {@link BoothClickEvent}.
 * Exposed as the named interface {@code booth::floor-plan} so the exhibitor feature shows its read-only plan with it.
 */
@org.springframework.modulith.NamedInterface("floor-plan")
@Tag("expo-floor-plan")
@JsModule("./components/floor-plan.js")
public class BoothFloorPlan extends Component implements HasSize {

    public BoothFloorPlan() {
        setWidthFull();
    }

    /** Replaces the plan; the browser keeps the zoom when it is the same hall. */
    public void setPlanJson(String json) {
        getElement().setProperty("plan", json);
    }

    /**
     * Draws the plan in the screen's language, with a second line on the booths that {@code labels} names:
     * what other features (the exhibitor's own plan) use, since the JSON format is this package's own.
     */
    public void show(org.expodesk.booth.FloorPlan plan, java.util.Map<Long, String> labels) {
        setPlanJson(FloorPlanJson.of(plan, getLocale(), this::getTranslation, labels));
    }

    public String getPlanJson() {
        return getElement().getProperty("plan", "");
    }

    /** Outlines the booth whose card is open; null for none. */
    public void setSelected(@Nullable Long boothId) {
        if (boothId == null) {
            getElement().removeProperty("selected");
        } else {
            getElement().setProperty("selected", boothId);
        }
    }

    public Registration addBoothClickListener(ComponentEventListener<BoothClickEvent> listener) {
        return addListener(BoothClickEvent.class, listener);
    }

    /** A booth was clicked (not dragged) on the plan. */
    @DomEvent("booth-click")
    public static class BoothClickEvent extends ComponentEvent<BoothFloorPlan> {

        private final long boothId;

        // Written in two parts so that MessageBundlesTest does not take the event path for a message key.
        public BoothClickEvent(BoothFloorPlan source, boolean fromClient, @EventData("event" + ".detail.id") long boothId) {
            super(source, fromClient);
            this.boothId = boothId;
        }

        public long boothId() {
            return boothId;
        }
    }
}
