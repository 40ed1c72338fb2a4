package org.expodesk.booth.ui;

import com.vaadin.browserless.ComponentTester;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Clicks a booth as the browser reports it: a {@code booth-click} DOM event with {@code event.detail.id}. */
class FloorPlanTester extends ComponentTester<BoothFloorPlan> {

    FloorPlanTester(BoothFloorPlan plan) {
        super(plan);
    }

    void clickBooth(long boothId) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put("event.detail.id", boothId);
        fireDomEvent("booth-click", data);
    }
}
