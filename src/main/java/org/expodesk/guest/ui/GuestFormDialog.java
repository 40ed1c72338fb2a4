package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/** Records or edits a guest: names, organisation, category, origin, contacts, inviting unit, companions and needs. */
class GuestFormDialog extends Dialog {

    GuestFormDialog(GuestService guests, long eventId, @Nullable Long guestId, List<UnitSummary> units, Runnable saved) {
        setHeaderTitle(getTranslation(guestId == null ? "guest.form.new" : "guest.form.edit"));
        setWidth("min(48rem, 96vw)");
        BeanValidationBinder<GuestDraft> binder = new BeanValidationBinder<>(GuestDraft.class);
        TextField nameZh = text("guest.field.name-zh", "guest-name-zh");
        binder.forField(nameZh).bind("nameZh");
        TextField nameEn = text("guest.field.name-en", "guest-name-en");
        binder.forField(nameEn).bind("nameEn");
        TextField title = text("guest.field.title", "guest-title");
        binder.forField(title).bind("title");
        TextField organisation = text("guest.field.organisation", "guest-organisation");
        binder.forField(organisation).bind("organisation");
        Select<GuestCategory> category = new Select<>();
        category.setLabel(getTranslation("guest.field.category"));
        category.setItems(GuestCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        category.setId("guest-category");
        binder.forField(category).asRequired().bind("category");
        TextField origin = text("guest.field.origin", "guest-origin");
        binder.forField(origin).bind("origin");
        TextField mobile = text("guest.field.mobile", "guest-mobile");
        binder.forField(mobile).bind("mobile");
        EmailField email = new EmailField(getTranslation("guest.field.email"));
        email.setId("guest-email");
        binder.forField(email).bind("email");
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("guest.field.inviting-unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        unit.setId("guest-unit");
        binder.forField(unit).bind(d -> units.stream().filter(u -> d.getInvitingUnitId() != null && u.id() == d.getInvitingUnitId())
                .findFirst().orElse(null), (d, u) -> d.setInvitingUnitId(u == null ? null : u.id()));
        IntegerField companions = new IntegerField(getTranslation("guest.field.companions"));
        companions.setMin(0);
        companions.setMax(20);
        binder.forField(companions).withNullRepresentation(0).bind("companions");
        TextField companionNames = text("guest.field.companion-names", "guest-companion-names");
        binder.forField(companionNames).bind("companionNames");
        TextField dietary = text("guest.field.dietary", "guest-dietary");
        binder.forField(dietary).bind("dietary");
        TextField accessibility = text("guest.field.accessibility", "guest-accessibility");
        binder.forField(accessibility).bind("accessibility");
        TextField hotel = text("guest.field.hotel-wish", "guest-hotel");
        binder.forField(hotel).bind("hotelWish");
        TextArea notes = new TextArea(getTranslation("guest.field.notes"));
        binder.forField(notes).bind("notes");
        FormLayout form = new FormLayout(nameZh, nameEn, title, organisation, category, origin, mobile, email, unit, companions,
                companionNames, dietary, accessibility, hotel, notes);
        form.setColspan(notes, 2);
        add(form);
        GuestDraft draft = guestId == null ? new GuestDraft() : guests.draftOf(guestId);
        binder.readBean(draft);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                if (guestId == null) {
                    guests.create(eventId, draft);
                } else {
                    guests.update(guestId, draft);
                }
                close();
                saved.run();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("guest-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextField text(String key, String id) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        return f;
    }
}
