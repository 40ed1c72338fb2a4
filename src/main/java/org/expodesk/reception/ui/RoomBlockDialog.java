package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.RoomBlockDraft;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.RoomType;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.DatePickers;
import org.expodesk.shared.ui.Toast;

/**
 * Contracts a block of rooms in a hotel: room type, first night, number of nights and of rooms, and optionally the
 * hotel's room numbers (then the rooms are named and their count follows the numbers).
 */
class RoomBlockDialog extends Dialog {

    private final BeanValidationBinder<RoomBlockDraft> binder = new BeanValidationBinder<>(RoomBlockDraft.class);
    private final LodgingService lodging;
    private final HotelSummary hotel;
    private final Consumer<RoomBlockSummary> onSaved;
    private final Select<RoomType> type = new Select<>();
    private final DatePicker firstNight;
    private final IntegerField nights = new IntegerField();
    private final IntegerField rooms = new IntegerField();
    private final TextArea names = new TextArea();

    RoomBlockDialog(LodgingService lodging, HotelSummary hotel, LocalDate defaultFirstNight, int defaultNights,
            Consumer<RoomBlockSummary> onSaved) {
        this.lodging = lodging;
        this.hotel = hotel;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("reception.lodging.block.new", hotel.name(getLocale())));
        setWidth("min(40rem, 100vw)");

        type.setLabel(getTranslation("reception.lodging.block.type"));
        type.setItems(RoomType.values());
        type.setItemLabelGenerator(t -> getTranslation("reception.room-type." + t.name()));
        type.setValue(RoomType.TWIN);
        type.setId("block-type");
        firstNight = DatePickers.create(getTranslation("reception.lodging.block.first-night"), getLocale());
        firstNight.setValue(defaultFirstNight);
        firstNight.setId("block-first-night");
        nights.setLabel(getTranslation("reception.lodging.block.nights"));
        nights.setValue(defaultNights);
        nights.setStepButtonsVisible(true);
        nights.setId("block-nights");
        rooms.setLabel(getTranslation("reception.lodging.block.rooms"));
        rooms.setStepButtonsVisible(true);
        rooms.setId("block-rooms");
        names.setLabel(getTranslation("reception.lodging.block.names"));
        names.setHelperText(getTranslation("reception.lodging.block.names.hint"));
        names.setId("block-names");
        names.addValueChangeListener(e -> {
            List<String> given = roomNames();
            if (!given.isEmpty()) {
                rooms.setValue(given.size());
            }
        });

        String required = getTranslation("reception.lodging.block.required");
        binder.forField(type).asRequired(required).bind("roomType");
        binder.forField(firstNight).asRequired(required).bind("firstNight");
        binder.forField(nights).asRequired(required).bind("nights");
        binder.forField(rooms).asRequired(required).bind("rooms");

        FormLayout form = new FormLayout(type, firstNight, nights, rooms, names);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(names, 2);
        Span hint = new Span(getTranslation("reception.lodging.block.hint"));
        hint.addClassName("lodging-hint");
        add(form, hint);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("block-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Room numbers as people type them: separated by spaces, commas (also Chinese ones) or new lines. */
    private List<String> roomNames() {
        return Arrays.stream(names.getValue().split("[\\s,，、;；]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            RoomBlockSummary saved = lodging.addBlock(new RoomBlockDraft(hotel.id(), type.getValue(), firstNight.getValue(),
                    nights.getValue(), rooms.getValue(), roomNames()));
            Toast.success(getTranslation("reception.lodging.block.saved", saved.rooms(), hotel.name(getLocale())));
            onSaved.accept(saved);
            close();
        } catch (BusinessRuleException refused) {
            Toast.error(refused);
        }
    }
}
