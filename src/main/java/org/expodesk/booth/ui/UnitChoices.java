package org.expodesk.booth.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/** The units a booth can be reserved for (a township's pavilion), read once per screen. */
final class UnitChoices {

    private final Map<Long, UnitSummary> byId = new LinkedHashMap<>();

    UnitChoices(UnitService units) {
        units.tree().forEach(u -> byId.put(u.id(), u));
    }

    Map<Long, UnitSummary> byId() {
        return byId;
    }

    ComboBox<UnitSummary> comboBox(String label, Locale locale) {
        ComboBox<UnitSummary> box = new ComboBox<>(label);
        box.setItems(List.copyOf(byId.values()));
        box.setItemLabelGenerator(u -> u.name(locale));
        box.setClearButtonVisible(true);
        return box;
    }

    @Nullable UnitSummary get(@Nullable Long id) {
        return id == null ? null : byId.get(id);
    }
}
