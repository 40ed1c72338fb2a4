package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestFilter;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.InviteResult;
import org.expodesk.shared.ui.Toast;

/** Picks guests of the event (searchable, lazy) and adds them to the campaign as drafted invitations. */
class AddInviteesDialog extends Dialog {

    private volatile GuestFilter filter = GuestFilter.all();

    AddInviteesDialog(GuestService guests, CampaignService campaigns, long eventId, long campaignId, Runnable added) {
        setHeaderTitle(getTranslation("guest.campaign.add-guests"));
        setWidth("min(48rem, 96vw)");
        setHeight("70vh");
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("guest.filter.search.hint"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        Grid<GuestSummary> grid = new Grid<>();
        grid.setId("invitee-picker");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(GuestSummary::nameZh).setHeader(getTranslation("guest.field.name"));
        grid.addColumn(g -> g.organisation() == null ? "" : g.organisation()).setHeader(getTranslation("guest.field.organisation"));
        grid.addColumn(g -> g.origin() == null ? "" : g.origin()).setHeader(getTranslation("guest.field.origin"));
        grid.setItems(q -> guests.list(eventId, filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) guests.count(eventId, filter));
        search.addValueChangeListener(e -> {
            filter = new GuestFilter(e.getValue(), null, null, null);
            grid.getDataProvider().refreshAll();
        });
        add(search, grid);
        Button add = new Button(getTranslation("guest.campaign.add-selected"), e -> {
            InviteResult result = campaigns.invite(campaignId, grid.getSelectedItems().stream().map(GuestSummary::id).toList());
            Toast.success(getTranslation("guest.campaign.added", result.added(), result.alreadyInvited().size()));
            close();
            added.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("invitee-add");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), add);
    }
}
