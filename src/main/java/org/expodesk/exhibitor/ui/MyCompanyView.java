package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.expodesk.event.CurrentEvent;
import org.expodesk.exhibitor.AllocatedBooth;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.AllocationState;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.MyCompanyService;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.exhibitor.StatusChange;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The exhibitor's home (我的企业): where its registration stands and how it got there, its booths (confirm or
 * let go of a hold), its profile and its booth staff. Everything is the signed-in account's own company in
 * the current event; there is no id to change in the address.
 */
@StyleSheet("styles/exhibitor.css")
@Route("my-company")
@RolesAllowed(Roles.EXHIBITOR)
@Menu(order = 5, title = "nav.my-company", icon = "vaadin:building")
public class MyCompanyView extends VerticalLayout implements HasDynamicTitle {

    private final MyCompanyService myCompany;
    private final AllocationService allocations;
    private final Div content = new Div();
    private long eventId;

    public MyCompanyView(CurrentEvent currentEvent, MyCompanyService myCompany, AllocationService allocations) {
        this.myCompany = myCompany;
        this.allocations = allocations;
        addClassName("view");
        addClassName("my-company-view");
        setPadding(false);
        content.setWidthFull();
        add(content);
        Optional<Long> current = currentEvent.id();
        Optional<ExhibitorSummary> company = current.flatMap(myCompany::myCompany);
        if (company.isEmpty()) {
            add(new ViewTitle(getTranslation("exhibitor.mine.title")));
            Paragraph none = new Paragraph(getTranslation("exhibitor.error.no-company"));
            none.setId("my-company-none");
            content.add(none);
            return;
        }
        eventId = current.orElseThrow();
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibitor.mine.title") + " · " + getTranslation("app.name");
    }

    private void show() {
        content.removeAll();
        ExhibitorSummary company = myCompany.myCompany(eventId).orElseThrow();
        ViewTitle title = new ViewTitle(company.name(getLocale()), ExhibitorTexts.status(this, company.status()));
        title.setId("my-company-title");
        content.add(title);
        if (company.statusReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("exhibitor.field.reason") + ": " + company.statusReason());
            reason.setId("my-company-reason");
            content.add(reason);
        }
        content.add(statusHint(company.status()), booths(company), new MyProfileForm(myCompany, eventId, company, this::show),
                new StaffPanel(myCompany, eventId), history());
    }

    private Component statusHint(RegistrationStatus status) {
        Paragraph hint = new Paragraph(getTranslation("exhibitor.mine.hint." + status.name().toLowerCase(java.util.Locale.ROOT)));
        hint.setId("my-company-hint");
        hint.addClassName("exhibitor-hint");
        return hint;
    }

    private Component booths(ExhibitorSummary company) {
        Div section = new Div(new H3(getTranslation("exhibitor.mine.booths")));
        section.addClassName("exhibitor-section");
        List<AllocatedBooth> mine = allocations.myBooths(eventId);
        UnorderedList list = new UnorderedList();
        list.setId("my-booths");
        for (AllocatedBooth b : mine) {
            ListItem item = new ListItem(new Span(b.code() + " · " + getTranslation(b.kind().messageKey()) + " · "
                    + getTranslation("booth.unit.area", b.area().stripTrailingZeros().toPlainString()) + " · "
                    + getTranslation(b.state().messageKey())));
            if (b.state() == AllocationState.HELD && b.holdExpiresAt() != null) {
                item.add(new Span(" " + getTranslation("exhibitor.mine.hold-until", ExhibitorTexts.time(b.holdExpiresAt()))));
                Button confirm = new Button(getTranslation("exhibitor.action.confirm"), e -> act(() -> allocations.confirm(b.boothId())));
                confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                confirm.addClassName("my-booth-confirm");
                Button release = new Button(getTranslation("exhibitor.action.let-go"), e -> act(() -> allocations.releaseHold(b.boothId())));
                release.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(confirm, release);
            }
            list.add(item);
        }
        if (mine.isEmpty()) {
            list.add(new ListItem(getTranslation("exhibitor.detail.no-booths")));
        }
        section.add(list);
        if (company.status() == RegistrationStatus.APPROVED) {
            RouterLink pick = new RouterLink(getTranslation("exhibitor.mine.pick"), MyBoothPlanView.class);
            pick.setId("my-company-pick");
            section.add(pick);
        }
        return section;
    }

    private Component history() {
        UnorderedList list = new UnorderedList();
        list.setId("my-company-history");
        for (StatusChange c : myCompany.myHistory(eventId)) {
            list.add(new ListItem(ExhibitorTexts.time(c.changedAt()) + " · " + getTranslation(c.to().messageKey())
                    + (c.reason() == null ? "" : " · " + c.reason())));
        }
        Div section = new Div(new H3(getTranslation("exhibitor.detail.history")), list);
        section.addClassName("exhibitor-section");
        return section;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Toast.success(getTranslation("exhibitor.mine.saved"));
        } catch (BusinessRuleException e) {
            Toast.error(ExhibitorTexts.reason(this, e));
        }
        show();
    }
}
