package org.expodesk.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.expodesk.ceremony.Ceremony;
import org.expodesk.ceremony.CeremonyPdfRenderer;
import org.expodesk.ceremony.CeremonyService;
import org.expodesk.ceremony.CeremonySettings;
import org.expodesk.ceremony.NameCardRenderer;
import org.expodesk.ceremony.RunSheet;
import org.expodesk.ceremony.StagePlan;
import org.expodesk.ceremony.Witness;
import org.expodesk.deal.Amounts;
import org.expodesk.deal.DealSummary;
import org.expodesk.event.CurrentEvent;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * One signing ceremony at a time: pick its session, put deals in order (drag a row, or the up/down buttons),
 * name the witnesses in order of rank, set the minutes, see the stage plan and download the four papers. Every
 * change sends the version on screen; when another organiser changed the ceremony first, the change is refused
 * and the screen reloads what they saved.
 */
@StyleSheet("styles/ceremony.css")
@Route("ceremonies")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 51, title = "nav.ceremonies", icon = "vaadin:diploma")
public class CeremonyView extends VerticalLayout implements HasDynamicTitle {

    private final CeremonyService ceremonies;
    private final Select<SessionSummary> session = new Select<>();
    /**
     * A row of a grid: the item with its place. Rows of a new order are new objects, so the grid draws their
     * buttons afresh instead of keeping those of an equal item drawn at its old place.
     */
    private record Row<T>(int index, int count, T item) {
    }

    private final Grid<Row<DealSummary>> dealGrid = new Grid<>();
    private final ComboBox<DealSummary> dealChoice = new ComboBox<>();
    private final Grid<Row<Witness>> witnessGrid = new Grid<>();
    private final ComboBox<PersonSummary> witnessChoice = new ComboBox<>();
    private final IntegerField tables = number("ceremony.settings.tables", 1, 6);
    private final IntegerField minutes = number("ceremony.settings.minutes-per-deal", 1, 30);
    private final IntegerField opening = number("ceremony.settings.opening", 0, 60);
    private final IntegerField closing = number("ceremony.settings.closing", 0, 60);
    private final Span runSummary = new Span();
    private final StagePlanDiagram stage = new StagePlanDiagram();
    private final VerticalLayout body = new VerticalLayout();
    private @Nullable Ceremony ceremony;
    private @Nullable Row<DealSummary> dragged;
    private long eventId;

    public CeremonyView(CurrentEvent currentEvent, CeremonyService ceremonies, PersonService persons, CeremonyPdfRenderer papers,
            NameCardRenderer cards) {
        this.ceremonies = ceremonies;
        addClassName("view");
        setPadding(false);
        add(new ViewTitle(getTranslation("ceremony.title")));
        if (currentEvent.id().isEmpty()) {
            add(new Paragraph(getTranslation("ceremony.no-event")));
            return;
        }
        eventId = currentEvent.id().get();
        List<SessionSummary> sessions = ceremonies.sessions(eventId);
        if (sessions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("ceremony.no-session"));
            none.setId("ceremony-no-session");
            add(none);
            return;
        }
        session.setLabel(getTranslation("ceremony.session"));
        session.setId("ceremony-session");
        session.setItems(sessions);
        session.setItemLabelGenerator(s -> s.localStart().toLocalDate() + " " + s.localStart().toLocalTime() + " " + s.title(getLocale()));
        session.setWidth("min(40rem, 100%)");
        session.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(ceremonies.open(e.getValue().id()));
            }
        });
        Supplier<Ceremony> fresh = () -> ceremonies.find(requireCeremony().session().id()).orElseThrow();
        CeremonyDownloads downloads = new CeremonyDownloads(papers, cards, fresh);
        body.setPadding(false);
        body.add(section("ceremony.deals"), dealsPanel(), section("ceremony.witnesses"), witnessPanel(persons), settingsPanel(),
                section("ceremony.stage"), stage, section("ceremony.download"), downloadsPanel(downloads));
        add(session, body);
        session.setValue(sessions.getFirst());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ceremony.title") + " · " + getTranslation("app.name");
    }

    private Component dealsPanel() {
        dealGrid.setId("ceremony-deals");
        dealGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        dealGrid.setAllRowsVisible(true);
        dealGrid.addColumn(r -> String.valueOf(r.index() + 1)).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        dealGrid.addColumn(r -> r.item().project(getLocale())).setHeader(getTranslation("deal.field.project")).setFlexGrow(3);
        dealGrid.addColumn(r -> r.item().investor(getLocale())).setHeader(getTranslation("deal.field.investor")).setFlexGrow(2);
        dealGrid.addColumn(r -> r.item().unitName(getLocale())).setHeader(getTranslation("deal.field.unit")).setAutoWidth(true);
        dealGrid.addColumn(r -> getTranslation(Amounts.wanKey(r.item().currency()), Amounts.number(r.item().amountWan())))
                .setHeader(getTranslation("deal.field.amount.short")).setAutoWidth(true);
        dealGrid.addColumn(r -> getTranslation(r.item().status().messageKey())).setHeader(getTranslation("deal.field.status")).setAutoWidth(true);
        dealGrid.addComponentColumn(this::dealActions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        dealGrid.setEmptyStateText(getTranslation("ceremony.deals.empty"));
        dealGrid.setRowsDraggable(true);
        dealGrid.setDropMode(GridDropMode.BETWEEN);
        dealGrid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        dealGrid.addDragEndListener(e -> dragged = null);
        dealGrid.addDropListener(e -> {
            Row<DealSummary> moving = dragged;
            Row<DealSummary> target = e.getDropTargetItem().orElse(null);
            if (moving == null || target == null || target.index() == moving.index()) {
                return;
            }
            int to = target.index() + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            int index = to > moving.index() ? to - 1 : to;
            change(c -> ceremonies.moveDeal(c.id(), c.version(), moving.item().id(), index));
        });
        dealChoice.setPlaceholder(getTranslation("ceremony.deal.choose"));
        dealChoice.setItemLabelGenerator(d -> d.project(getLocale()) + " · " + d.unitName(getLocale()));
        dealChoice.setId("ceremony-deal-choice");
        dealChoice.setWidth("min(32rem, 100%)");
        Button add = new Button(getTranslation("ceremony.deal.add"), VaadinIcon.PLUS.create(), e -> {
            DealSummary chosen = dealChoice.getValue();
            if (chosen != null) {
                change(c -> ceremonies.addDeal(c.id(), c.version(), chosen.id()));
            }
        });
        add.setId("ceremony-deal-add");
        HorizontalLayout adding = new HorizontalLayout(dealChoice, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        VerticalLayout panel = new VerticalLayout(dealGrid, adding);
        panel.setPadding(false);
        return panel;
    }

    private HorizontalLayout dealActions(Row<DealSummary> row) {
        DealSummary deal = row.item();
        int index = row.index();
        Button up = icon(VaadinIcon.ARROW_UP, "ceremony.deal.up", () -> change(c -> ceremonies.moveDeal(c.id(), c.version(), deal.id(), index - 1)));
        up.setEnabled(index > 0);
        up.setId("deal-up-" + deal.id());
        Button down = icon(VaadinIcon.ARROW_DOWN, "ceremony.deal.down", () -> change(c -> ceremonies.moveDeal(c.id(), c.version(), deal.id(), index + 1)));
        down.setEnabled(index < row.count() - 1);
        down.setId("deal-down-" + deal.id());
        Button remove = icon(VaadinIcon.CLOSE_SMALL, "ceremony.deal.remove", () -> change(c -> ceremonies.removeDeal(c.id(), c.version(), deal.id())));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, remove);
    }

    private Component witnessPanel(PersonService persons) {
        witnessGrid.setId("ceremony-witnesses");
        witnessGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        witnessGrid.setAllRowsVisible(true);
        witnessGrid.addColumn(r -> String.valueOf(r.index() + 1)).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        witnessGrid.addColumn(r -> r.item().name(getLocale()))
                .setFlexGrow(1);
        witnessGrid.addColumn(r -> r.item().title() == null ? "" : r.item().title()).setFlexGrow(1);
        witnessGrid.addComponentColumn(r -> {
            Witness w = r.item();
            int index = r.index();
            Button up = icon(VaadinIcon.ARROW_UP, "ceremony.deal.up", () -> change(c -> ceremonies.moveWitness(c.id(), c.version(), w.personId(), index - 1)));
            up.setEnabled(index > 0);
            Button remove = icon(VaadinIcon.CLOSE_SMALL, "ceremony.deal.remove", () -> change(c -> ceremonies.removeWitness(c.id(), c.version(), w.personId())));
            return new HorizontalLayout(up, remove);
        }).setAutoWidth(true).setFlexGrow(0);
        witnessGrid.setEmptyStateText(getTranslation("ceremony.witnesses.empty"));
        witnessChoice.setPlaceholder(getTranslation("ceremony.witness.search"));
        witnessChoice.setItems(q -> persons.search(q.getFilter().orElse(""), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        witnessChoice.setItemLabelGenerator(p -> p.nameZh() + (p.title() == null ? "" : " · " + p.title()));
        witnessChoice.setWidth("min(24rem, 100%)");
        witnessChoice.setId("ceremony-witness-choice");
        Button add = new Button(getTranslation("ceremony.witness.add"), VaadinIcon.PLUS.create(), e -> {
            PersonSummary chosen = witnessChoice.getValue();
            if (chosen != null) {
                change(c -> ceremonies.addWitness(c.id(), c.version(), chosen.id()));
                witnessChoice.clear();
            }
        });
        HorizontalLayout adding = new HorizontalLayout(witnessChoice, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        adding.setWrap(true);
        VerticalLayout panel = new VerticalLayout(witnessGrid, adding);
        panel.setPadding(false);
        return panel;
    }

    private Component settingsPanel() {
        Button save = new Button(getTranslation("ceremony.settings.save"), e -> {
            if (tables.getValue() == null || minutes.getValue() == null || opening.getValue() == null || closing.getValue() == null) {
                return;
            }
            CeremonySettings s = new CeremonySettings(tables.getValue(), minutes.getValue(), opening.getValue(), closing.getValue());
            change(c -> ceremonies.settle(c.id(), c.version(), s));
        });
        save.setId("ceremony-settings-save");
        runSummary.setId("ceremony-run-summary");
        HorizontalLayout row = new HorizontalLayout(tables, minutes, opening, closing, save, runSummary);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Component downloadsPanel(CeremonyDownloads downloads) {
        HorizontalLayout row = new HorizontalLayout(
                download("ceremony-download-run-sheet", "ceremony.download.run-sheet", downloads.runSheet(getLocale())),
                download("ceremony-download-deal-list", "ceremony.download.deal-list", downloads.dealList(getLocale())),
                download("ceremony-download-name-cards", "ceremony.download.name-cards", downloads.nameCards()),
                download("ceremony-download-press", "ceremony.download.press", downloads.pressSummary(getLocale())));
        row.setWrap(true);
        return row;
    }

    private Anchor download(String id, String key, DownloadHandler handler) {
        Anchor a = new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, getTranslation(key));
        a.setId(id);
        a.addClassName("ceremony-download");
        return a;
    }

    /** Applies a change with the version on screen; a refused one reloads what is saved now. */
    private void change(java.util.function.Function<Ceremony, Ceremony> action) {
        Ceremony current = requireCeremony();
        try {
            show(action.apply(current));
        } catch (BusinessRuleException e) {
            Toast.error(e);
            ceremonies.find(current.session().id()).ifPresent(this::show);
        }
    }

    private void show(Ceremony shown) {
        ceremony = shown;
        dealGrid.setItems(rows(shown.deals()));
        witnessGrid.setItems(rows(shown.witnesses()));
        dealChoice.setItems(ceremonies.availableDeals(eventId));
        CeremonySettings s = shown.settings();
        tables.setValue(s.tables());
        minutes.setValue(s.minutesPerDeal());
        opening.setValue(s.openingMinutes());
        closing.setValue(s.closingMinutes());
        RunSheet sheet = RunSheet.of(shown);
        String from = shown.session().localStart().toLocalTime().toString();
        runSummary.setText(getTranslation(sheet.overrun() ? "ceremony.run.summary.overrun" : "ceremony.run.summary", from,
                sheet.end().toLocalTime().toString()));
        runSummary.getElement().getThemeList().set("badge error", sheet.overrun());
        stage.show(StagePlan.of(shown.deals(), shown.witnesses(), s.tables()), getLocale());
    }

    private static <T> List<Row<T>> rows(List<T> items) {
        return java.util.stream.IntStream.range(0, items.size()).mapToObj(i -> new Row<>(i, items.size(), items.get(i))).toList();
    }

    private Ceremony requireCeremony() {
        if (ceremony == null) {
            throw new IllegalStateException("no ceremony shown");
        }
        return ceremony;
    }

    private Button icon(VaadinIcon icon, String key, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(key));
        b.setTooltipText(getTranslation(key));
        return b;
    }

    private IntegerField number(String key, int min, int max) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setWidth("9rem");
        return f;
    }

    private H3 section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("view-section");
        return heading;
    }
}
