package org.expodesk.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.Wall;

/** The hall's doors as a short list of rows (name, wall, distance along it); blank rows are ignored. */
class EntranceEditor extends Div {

    private record Row(HorizontalLayout layout, TextField label, Select<Wall> wall, BigDecimalField offset) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add;

    EntranceEditor() {
        addClassName("entrance-editor");
        add = new Button(getTranslation("booth.hall.entrance.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId("entrance-add");
        add(list, add);
    }

    void setValue(List<Entrance> entrances) {
        rows.clear();
        list.removeAll();
        entrances.forEach(this::addRow);
    }

    List<Entrance> getValue() {
        List<Entrance> entrances = new ArrayList<>();
        for (Row row : rows) {
            if (!row.label().getValue().isBlank() && row.wall().getValue() != null && row.offset().getValue() != null) {
                entrances.add(new Entrance(row.label().getValue().strip(), row.wall().getValue(), row.offset().getValue()));
            }
        }
        return entrances;
    }

    private void addRow(@org.jspecify.annotations.Nullable Entrance entrance) {
        if (rows.size() >= HallDraft.MAX_ENTRANCES) {
            return;
        }
        TextField label = new TextField();
        label.setPlaceholder(getTranslation("booth.hall.entrance.label"));
        label.setAriaLabel(getTranslation("booth.hall.entrance.label"));
        label.setMaxLength(60);
        label.setWidth("9rem");
        Select<Wall> wall = new Select<>();
        wall.setItems(Wall.values());
        wall.setItemLabelGenerator(w -> getTranslation(w.messageKey()));
        wall.setAriaLabel(getTranslation("booth.hall.entrance.wall"));
        wall.setWidth("8rem");
        BigDecimalField offset = new BigDecimalField();
        offset.setPlaceholder(getTranslation("booth.hall.entrance.offset"));
        offset.setAriaLabel(getTranslation("booth.hall.entrance.offset"));
        offset.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("booth.unit.metres")));
        offset.setWidth("7rem");
        label.setValue(entrance == null ? "" : entrance.label());
        wall.setValue(entrance == null ? Wall.NORTH : entrance.wall());
        offset.setValue(entrance == null ? BigDecimal.ZERO : entrance.offset());
        HorizontalLayout layout = new HorizontalLayout(label, wall, offset);
        Row row = new Row(layout, label, wall, offset);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            list.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("action.delete"));
        layout.add(remove);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.setWrap(true);
        rows.add(row);
        list.add(layout);
    }
}
