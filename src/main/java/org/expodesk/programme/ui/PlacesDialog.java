package org.expodesk.programme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/** The event's places: halls (read only here) and the meeting rooms and outside places the programme names. */
class PlacesDialog extends Dialog {

    private final PlaceService places;
    private final long eventId;
    private final Grid<PlaceSummary> grid = new Grid<>();
    private final BeanValidationBinder<PlaceDraft> binder = new BeanValidationBinder<>(PlaceDraft.class);
    private @Nullable PlaceSummary editing;

    PlacesDialog(PlaceService places, long eventId, Runnable onChange) {
        this.places = places;
        this.eventId = eventId;
        setHeaderTitle(getTranslation("programme.places.title"));
        setWidth("min(48rem, 100vw)");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setId("places-grid");
        grid.addColumn(p -> p.name(getLocale())).setHeader(getTranslation("programme.field.name")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.kind().messageKey())).setHeader(getTranslation("programme.field.place-kind")).setAutoWidth(true);
        grid.addColumn(p -> p.address() == null ? "" : p.address()).setHeader(getTranslation("programme.field.address")).setFlexGrow(2);
        grid.addComponentColumn(p -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(p, onChange));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("action.delete"));
            delete.setVisible(p.kind() != PlaceKind.HALL);
            return delete;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> edit(e.getItem()));

        Select<PlaceKind> kind = new Select<>();
        kind.setLabel(getTranslation("programme.field.place-kind"));
        kind.setItems(PlaceKind.ROOM, PlaceKind.OUTSIDE);
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.messageKey()));
        TextField nameZh = new TextField(getTranslation("programme.field.name-zh"));
        nameZh.setId("place-name-zh");
        TextField nameEn = new TextField(getTranslation("programme.field.name-en"));
        TextField address = new TextField(getTranslation("programme.field.address"));
        IntegerField capacity = new IntegerField(getTranslation("programme.field.capacity"));
        binder.forField(kind).bind("kind");
        binder.forField(nameZh).bind("nameZh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(address).bind("address");
        binder.forField(capacity).bind("capacity");
        FormLayout form = new FormLayout(kind, nameZh, nameEn, capacity, address);
        form.setColspan(address, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Button save = new Button(getTranslation("programme.places.save"), e -> save(onChange));
        save.setId("place-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("programme.places.new"), e -> edit(null));
        add(grid, form);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), clear, save);
        refresh();
        edit(null);
    }

    private void edit(@Nullable PlaceSummary place) {
        if (place != null && place.kind() == PlaceKind.HALL) {
            Toast.error(getTranslation("programme.error.halls-in-booths"));
            return;
        }
        editing = place;
        binder.readBean(place == null ? new PlaceDraft() : places.draftOf(place.id()));
    }

    private void save(Runnable onChange) {
        PlaceDraft draft = new PlaceDraft();
        if (!binder.writeBeanIfValid(draft)) {
            Toast.error(getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            PlaceSummary saved = editing == null ? places.create(eventId, draft) : places.update(editing.id(), withVersion(draft));
            Toast.success(getTranslation("programme.places.saved", saved.name(getLocale())));
            refresh();
            edit(null);
            onChange.run();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    private PlaceDraft withVersion(PlaceDraft draft) {
        draft.setVersion(editing == null ? null : editing.version());
        return draft;
    }

    private void delete(PlaceSummary place, Runnable onChange) {
        try {
            places.delete(place.id());
            refresh();
            onChange.run();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    private void refresh() {
        grid.setItems(places.places(eventId));
    }
}
