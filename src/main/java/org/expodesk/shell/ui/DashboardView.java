package org.expodesk.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.dashboard.DashboardChart;
import org.expodesk.shared.dashboard.DashboardContribution;
import org.expodesk.shared.dashboard.DashboardFigure;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.ui.EChart;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The first screen after sign-in: how many days until the current event opens, and the figures and
 * charts that every feature contributes for it (each shows only what the user's role may see).
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(CurrentEvent currentEvent, EventService events, List<DashboardContribution> contributions, Clock clock) {
        addClassName("view");
        setSizeFull();
        setPadding(false);
        add(new ViewTitle(getTranslation("dashboard.title")));

        Optional<EventSummary> event = currentEvent.id().flatMap(events::find);
        if (event.isEmpty()) {
            boolean office = CurrentUser.hasRole(Role.ADMIN) || CurrentUser.hasRole(Role.ORGANISER);
            Paragraph none = new Paragraph(getTranslation(office ? "dashboard.no-event.office" : "dashboard.no-event"));
            none.setId("dashboard-no-event");
            add(none);
            if (office) {
                Button create = new Button(getTranslation("dashboard.no-event.create"), VaadinIcon.PLUS.create(),
                        e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("events")));
                create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                create.setId("dashboard-create-event");
                add(create);
            }
            return;
        }
        add(countdown(event.get(), clock));

        FlexLayout figures = new FlexLayout();
        figures.setId("dashboard-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.setWidthFull();
        contributions.stream().flatMap(c -> c.figures(event.get().id()).stream())
                .sorted(Comparator.comparingInt(DashboardFigure::order))
                .forEach(f -> figures.add(figureCard(f)));
        add(figures);

        FlexLayout charts = new FlexLayout();
        charts.setId("dashboard-charts");
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "var(--lumo-space-m)");
        charts.setWidthFull();
        contributions.stream().flatMap(c -> c.charts(event.get().id()).stream())
                .sorted(Comparator.comparingInt(DashboardChart::order))
                .forEach(c -> charts.add(chartCard(c)));
        add(charts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }

    private Div countdown(EventSummary event, Clock clock) {
        long days = event.daysUntilOpening(clock);
        LocalDate today = LocalDate.now(clock.withZone(event.timeZone()));
        String status;
        String big;
        if (days > 0) {
            big = getTranslation("dashboard.countdown.days", days);
            status = getTranslation("dashboard.countdown.until-opening");
        } else if (!today.isAfter(event.endDate())) {
            big = getTranslation("dashboard.countdown.day-of", 1 - days, event.durationDays());
            status = getTranslation("dashboard.countdown.running");
        } else {
            big = getTranslation("dashboard.countdown.closed");
            status = getTranslation("dashboard.countdown.closed-on", format(event.endDate()));
        }
        H3 name = new H3(event.name(getLocale()));
        Span daysSpan = new Span(big);
        daysSpan.addClassName("countdown-card__days");
        daysSpan.setId("dashboard-countdown");
        String venue = Optional.ofNullable(event.venueName(getLocale())).orElse("");
        Div card = new Div(name, new Div(daysSpan), new Div(new Span(status)),
                new Div(new Span(format(event.startDate()) + " – " + format(event.endDate()) + (venue.isEmpty() ? "" : " · " + venue))),
                new Div(new Span(getTranslation(event.status().messageKey()))));
        card.addClassName("countdown-card");
        return card;
    }

    private Div figureCard(DashboardFigure figure) {
        Span value = new Span(java.text.NumberFormat.getIntegerInstance(getLocale()).format(figure.value()));
        value.addClassName("stat-card__value");
        Span label = new Span(getTranslation(figure.labelKey()));
        label.addClassName("stat-card__label");
        Div card = new Div(value, new Div(label));
        card.addClassName("stat-card");
        card.setId("figure-" + figure.id());
        return card;
    }

    private Div chartCard(DashboardChart chart) {
        EChart echart = new EChart();
        echart.setOption(DashboardChartOptions.of(chart, this::getTranslation));
        echart.setId("chart-" + chart.id());
        Div card = new Div(echart);
        card.addClassName("chart-card");
        return card;
    }

    private String format(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()));
    }
}
