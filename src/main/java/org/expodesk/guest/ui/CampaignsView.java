package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.InvitationLetters;
import org.expodesk.guest.InvitationMailer;
import org.expodesk.guest.InvitationStatus;
import org.expodesk.guest.InvitationSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * Invitation campaigns of the current event: choose a campaign, see its progress against the target and every
 * invitee's status; add guests, copy a link (with QR) for WeChat, send by e-mail when SMTP is set up, print one
 * letter or all, and close the unanswered after the deadline.
 */
@Route("campaigns")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION})
@StyleSheet("styles/guests.css")
@Menu(order = 51, title = "nav.campaigns", icon = "vaadin:envelopes")
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CampaignService campaigns;
    private final GuestService guests;
    private final InvitationMailer mailer;
    private final InvitationLetters letters;
    private final Select<CampaignSummary> chooser = new Select<>();
    private final Paragraph progress = new Paragraph();
    private final Grid<InvitationSummary> grid = new Grid<>();
    private final Anchor allLetters = new Anchor();
    private final HorizontalLayout actions = new HorizontalLayout();
    private long eventId;
    private List<UnitSummary> units = List.of();

    public CampaignsView(CampaignService campaigns, GuestService guests, InvitationMailer mailer, InvitationLetters letters,
            UnitService unitService, CurrentEvent currentEvent) {
        this.campaigns = campaigns;
        this.guests = guests;
        this.mailer = mailer;
        this.letters = letters;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        Long id = currentEvent.id().orElse(null);
        if (id == null) {
            add(new ViewTitle(getTranslation("guest.campaign.title")), new Paragraph(getTranslation("guest.list.no-event")));
            return;
        }
        eventId = id;
        units = unitService.tree();
        Button create = new Button(getTranslation("guest.campaign.new"), VaadinIcon.PLUS.create(),
                e -> new CampaignFormDialog(campaigns, eventId, null, units, this::reload).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("campaign-new");
        add(new ViewTitle(getTranslation("guest.campaign.title"), create));
        chooser.setLabel(getTranslation("guest.campaign.choose"));
        chooser.setItemLabelGenerator(c -> c == null ? "" : c.name(getLocale()));
        chooser.setId("campaign-chooser");
        chooser.setWidth("24rem");
        chooser.addValueChangeListener(e -> show(e.getValue()));
        progress.setId("campaign-progress");
        actions.setWrap(true);
        HorizontalLayout top = new HorizontalLayout(chooser, actions);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        add(top, progress);
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
        reload(-1);
    }

    private void reload(long selectId) {
        List<CampaignSummary> all = campaigns.campaigns(eventId);
        chooser.setItems(all);
        all.stream().filter(c -> c.id() == selectId).findFirst().or(() -> all.stream().findFirst()).ifPresent(chooser::setValue);
        if (all.isEmpty()) {
            show(null);
        }
    }

    private void show(@Nullable CampaignSummary c) {
        actions.removeAll();
        if (c == null) {
            progress.setText(getTranslation("guest.campaign.none"));
            grid.setItems(List.of());
            return;
        }
        progress.setText(getTranslation("guest.campaign.progress", c.invited(), c.targetCount(), c.count(InvitationStatus.ACCEPTED),
                c.count(InvitationStatus.DECLINED), WHEN.format(c.deadline()), c.deadline().getZone().getId()));
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                e -> new CampaignFormDialog(campaigns, eventId, c.id(), units, this::reload).open());
        Button add = new Button(getTranslation("guest.campaign.add-guests"), VaadinIcon.USER_CHECK.create(),
                e -> new AddInviteesDialog(guests, campaigns, eventId, c.id(), () -> reload(c.id())).open());
        add.setId("campaign-add-guests");
        allLetters.setHref(pdf("letters-" + c.id() + ".pdf", out -> letters.batch(c.id(), out)));
        allLetters.setTarget(AnchorTarget.BLANK);
        allLetters.removeAll();
        Button print = new Button(getTranslation("guest.campaign.print-all"), VaadinIcon.PRINT.create());
        print.setTabIndex(-1);
        allLetters.add(print);
        allLetters.setId("campaign-letters");
        Button close = new Button(getTranslation("guest.campaign.close-unanswered"), e -> {
            int n = campaigns.closeUnanswered(c.id());
            Toast.success(getTranslation("guest.campaign.closed", n));
            reload(c.id());
        });
        actions.add(edit, add, allLetters, close);
        grid.setItems(campaigns.invitations(c.id()));
    }

    private void configureGrid() {
        grid.setId("invitation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(i -> i.guest().displayName(getLocale())).setHeader(getTranslation("guest.field.name")).setFlexGrow(2);
        grid.addColumn(i -> i.guest().organisation() == null ? "" : i.guest().organisation())
                .setHeader(getTranslation("guest.field.organisation")).setFlexGrow(3);
        grid.addColumn(i -> getTranslation(i.status().messageKey())).setHeader(getTranslation("guest.field.status"));
        grid.addColumn(i -> WHEN.format(i.updatedAt().atZone(ZoneId.of("Asia/Shanghai")))).setHeader(getTranslation("guest.field.changed"));
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("guest.field.actions")).setFlexGrow(3);
    }

    private HorizontalLayout rowActions(InvitationSummary i) {
        Button link = new Button(getTranslation("guest.action.link"), VaadinIcon.LINK.create(), e -> {
            new LinkDialog(campaigns.issueLink(i.id())).open();
            grid.getDataProvider().refreshAll();
        });
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.addClassName("invitation-link");
        HorizontalLayout row = new HorizontalLayout(link);
        if (mailer.configured() && i.guest().email() != null) {
            Button mail = new Button(getTranslation("guest.action.mail"), VaadinIcon.ENVELOPE.create(), e -> {
                try {
                    mailer.send(i.id());
                    Toast.success(getTranslation("guest.mail.sent", i.guest().email()));
                } catch (BusinessRuleException ex) {
                    Toast.error(ex);
                }
            });
            mail.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(mail);
        }
        Anchor letter = new Anchor(pdf("letter-" + i.id() + ".pdf", out -> letters.one(i.campaignId(), i.id(), out)), "");
        letter.setTarget(AnchorTarget.BLANK);
        Button letterButton = new Button(getTranslation("guest.action.letter"), VaadinIcon.FILE_TEXT_O.create());
        letterButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        letterButton.setTabIndex(-1);
        letter.add(letterButton);
        Button history = new Button(getTranslation("guest.action.history"), VaadinIcon.CLOCK.create(), e -> history(i));
        history.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.add(letter, history);
        return row;
    }

    /** A PDF written straight into the response while it is drawn; shown in the browser's viewer, ready to print. */
    private static DownloadHandler pdf(String fileName, java.util.function.Consumer<java.io.OutputStream> writer) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            try (java.io.OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            }
        };
    }

    private void history(InvitationSummary i) {
        Dialog d = new Dialog();
        d.setHeaderTitle(i.guest().nameZh());
        guests.history(i.guest().id()).forEach(h -> d.add(new Paragraph(WHEN.format(h.at().atZone(ZoneId.of("Asia/Shanghai"))) + " · "
                + h.actor() + " · " + getTranslation(h.messageKey(), h.detail() == null ? "" : statusLabel(h.detail())))));
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        d.open();
    }

    private String statusLabel(String detail) {
        try {
            return getTranslation(InvitationStatus.valueOf(detail).messageKey());
        } catch (IllegalArgumentException e) {
            return detail;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guest.campaign.title") + " · " + getTranslation("app.name");
    }
}
