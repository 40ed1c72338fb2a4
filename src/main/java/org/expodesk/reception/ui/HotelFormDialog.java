package org.expodesk.reception.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.expodesk.reception.HotelDraft;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/** Add or correct a contracted hotel: names, address, contact and phone, distance to the venue in km. */
class HotelFormDialog extends Dialog {

    private final BeanValidationBinder<HotelDraft> binder = new BeanValidationBinder<>(HotelDraft.class);
    private final LodgingService lodging;
    private final long eventId;
    private final @Nullable HotelSummary hotel;
    private final Consumer<HotelSummary> onSaved;

    HotelFormDialog(LodgingService lodging, long eventId, @Nullable HotelSummary hotel, Consumer<HotelSummary> onSaved) {
        this.lodging = lodging;
        this.eventId = eventId;
        this.hotel = hotel;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(hotel == null ? "reception.lodging.hotel.new" : "reception.lodging.hotel.edit"));
        setWidth("min(40rem, 100vw)");

        TextField nameZh = text("reception.lodging.hotel.name-zh", "hotel-name-zh");
        TextField nameEn = text("reception.lodging.hotel.name-en", "hotel-name-en");
        TextField address = text("reception.lodging.hotel.address", "hotel-address");
        TextField contact = text("reception.lodging.hotel.contact", "hotel-contact");
        TextField phone = text("reception.lodging.hotel.phone", "hotel-phone");
        phone.setHelperText(getTranslation("reception.lodging.hotel.phone.hint"));
        BigDecimalField distance = new BigDecimalField(getTranslation("reception.lodging.hotel.distance"));
        distance.setSuffixComponent(new Span("km"));
        distance.setHelperText(getTranslation("reception.lodging.hotel.distance.hint"));
        distance.setId("hotel-distance");

        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(address).bind("address");
        binder.forField(contact).bind("contactName");
        binder.forField(phone).bind("phone");
        binder.forField(distance).bind("distanceKm");
        if (hotel != null) {
            binder.readRecord(new HotelDraft(hotel.nameZh(), hotel.nameEn(), hotel.address(), hotel.contactName(),
                    hotel.phone(), hotel.distanceKm()));
        }

        FormLayout form = new FormLayout(nameZh, nameEn, address, contact, phone, distance);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        form.setColspan(address, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("hotel-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextField text(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private void save() {
        RecordForm.save(this, binder, draft -> hotel == null ? lodging.createHotel(eventId, draft) : lodging.updateHotel(hotel.id(), draft),
                saved -> {
                    Toast.success(getTranslation("reception.lodging.hotel.saved", saved.name(getLocale())));
                    onSaved.accept(saved);
                });
    }
}
