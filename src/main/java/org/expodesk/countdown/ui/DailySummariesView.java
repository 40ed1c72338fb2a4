package org.expodesk.countdown.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.expodesk.countdown.DailySummary;
import org.expodesk.countdown.DailySummaryPdf;
import org.expodesk.countdown.DailySummaryService;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.daily.DailySummaryFigure;
import org.expodesk.shared.daily.DailySummaryLine;
import org.expodesk.shared.daily.DailySummarySection;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The daily summaries the organisers open next morning: the days on the left, the chosen day's sections on the
 * right (only those the reader's roles may see), a PDF of it, and for the office the hour of composing.
 */
@Route("countdown/summaries")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION, Roles.SAFETY})
@Menu(order = 42, title = "nav.daily-summaries", icon = "vaadin:notebook")
public class DailySummariesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DailySummaryService summaries;
    private final Div panel = new Div();
    private final Anchor pdfLink = new Anchor();
    private final Grid<LocalDate> days = new Grid<>();
    private EventSummary event;

    public DailySummariesView(CurrentEvent currentEvent, EventService events, DailySummaryService summaries, DailySummaryPdf pdf) {
        this.summaries = summaries;
        addClassName("view");
        setSizeFull();
        setPadding(false);
        pdfLink.setId("summary-pdf");
        pdfLink.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("countdown.summaries.pdf")));
        pdfLink.setVisible(false);
        add(new ViewTitle(getTranslation("countdown.summaries.title"), pdfLink));
        Optional<EventSummary> current = currentEvent.id().flatMap(events::find);
        if (current.isEmpty()) {
            add(new Paragraph(getTranslation("countdown.no-event")));
            event = null;
            return;
        }
        event = current.get();
        long eventId = event.id();
        if (CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER)) {
            add(hourSetting(eventId));
        }
        days.setId("summary-days");
        days.addThemeVariants(GridVariant.LUMO_COMPACT);
        days.addColumn(LocalDate::toString).setHeader(getTranslation("countdown.summaries.day"));
        days.setItems(query -> summaries.days(eventId, org.springframework.data.domain.PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) summaries.countDays(eventId));
        days.setEmptyStateText(getTranslation("countdown.summaries.empty"));
        days.setWidth("12rem");
        days.setHeightFull();
        days.asSingleSelect().addValueChangeListener(e -> show(e.getValue(), pdf));
        panel.setId("summary-panel");
        panel.getStyle().set("flex", "1 1 auto").set("min-width", "0").set("overflow", "auto");
        panel.add(new Paragraph(getTranslation("countdown.summaries.choose")));
        FlexLayout layout = new FlexLayout(days, panel);
        layout.setWidthFull();
        layout.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        add(layout);
        setFlexGrow(1, layout);
        summaries.days(eventId, org.springframework.data.domain.PageRequest.of(0, 1)).stream().findFirst().ifPresent(days::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("countdown.summaries.title") + " · " + getTranslation("app.name");
    }

    private HorizontalLayout hourSetting(long eventId) {
        IntegerField hour = new IntegerField(getTranslation("countdown.summaries.hour"));
        hour.setMin(0);
        hour.setMax(23);
        hour.setStepButtonsVisible(true);
        hour.setSuffixComponent(new Span(":00"));
        hour.setHelperText(getTranslation("countdown.summaries.hour.hint"));
        hour.setValue(summaries.summaryHour(eventId));
        hour.setId("summary-hour");
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                int saved = summaries.setSummaryHour(eventId, hour.getValue() == null ? -1 : hour.getValue());
                Toast.success(getTranslation("countdown.summaries.hour.saved", saved));
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.setId("summary-hour-save");
        HorizontalLayout row = new HorizontalLayout(hour, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void show(LocalDate day, DailySummaryPdf pdf) {
        panel.removeAll();
        if (day == null) {
            pdfLink.setVisible(false);
            return;
        }
        Optional<DailySummary> found = summaries.find(event.id(), day);
        if (found.isEmpty()) {
            return;
        }
        DailySummary summary = found.get();
        H3 title = new H3(getTranslation("countdown.summaries.pdf.title") + " · " + day);
        panel.add(title, new Paragraph(getTranslation("countdown.summaries.composed-at",
                summary.composedAt().atZone(event.timeZone()).format(TIME))));
        for (DailySummarySection section : summary.sections()) {
            panel.add(section(section));
        }
        pdfLink.setHref(download -> {
            download.setFileName("daily-summary-" + event.id() + "-" + day + ".pdf");
            download.setContentType("application/pdf");
            try (var out = download.getOutputStream()) {
                pdf.render(event, summary, out);
            }
        }, AttachmentType.DOWNLOAD);
        pdfLink.setVisible(true);
    }

    private Div section(DailySummarySection section) {
        Div card = new Div();
        card.addClassName("summary-section");
        card.setId("summary-section-" + section.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        card.add(new H4(getTranslation(section.titleKey())));
        FlexLayout figures = new FlexLayout();
        figures.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        for (DailySummaryFigure figure : section.figures()) {
            Span value = new Span(String.valueOf(figure.value()));
            value.addClassName("stat-card__value");
            Div stat = new Div(value, new Div(new Span(getTranslation(figure.labelKey()))));
            stat.addClassName("stat-card");
            figures.add(stat);
        }
        card.add(figures);
        Map<String, List<DailySummaryLine>> groups = new LinkedHashMap<>();
        section.lines().forEach(l -> groups.computeIfAbsent(l.groupKey(), k -> new java.util.ArrayList<>()).add(l));
        groups.forEach((key, lines) -> {
            UnorderedList list = new UnorderedList();
            lines.forEach(l -> list.add(new ListItem(l.text(getLocale()))));
            card.add(new H4(getTranslation(key)), list);
        });
        if (section.figures().isEmpty() && section.lines().isEmpty()) {
            card.add(new Paragraph(getTranslation("countdown.summaries.nothing")));
        }
        return card;
    }
}
