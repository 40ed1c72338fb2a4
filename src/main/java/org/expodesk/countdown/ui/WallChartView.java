package org.expodesk.countdown.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.expodesk.countdown.CountdownService;
import org.expodesk.countdown.TaskSummary;
import org.expodesk.countdown.WallChart;
import org.expodesk.countdown.WallChartPdf;
import org.expodesk.countdown.Workstream;
import org.expodesk.event.CurrentEvent;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.EChart;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The wall chart (挂图作战): a Gantt per workstream on one shared day scale, today's line, late tasks red, the
 * critical path outlined, and the D-n countdown in the header; printable on A3 as a PDF.
 */
@Route("countdown/chart")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 41, title = "nav.wall-chart", icon = "vaadin:chart-timeline")
public class WallChartView extends VerticalLayout implements HasDynamicTitle {

    public WallChartView(CurrentEvent currentEvent, CountdownService countdown, WallChartPdf pdf) {
        addClassName("view");
        setPadding(false);
        setWidthFull();
        Anchor print = new Anchor();
        print.setId("wall-chart-pdf");
        print.add(VaadinIcon.PRINT.create(), new Span(" " + getTranslation("countdown.chart.pdf")));
        add(new ViewTitle(getTranslation("countdown.chart.title"), print));
        Optional<Long> current = currentEvent.id();
        if (current.isEmpty()) {
            print.setVisible(false);
            add(new Paragraph(getTranslation("countdown.no-event")));
            return;
        }
        WallChart chart = countdown.wallChart(current.get());
        print.setHref(event -> {
            event.setFileName("wall-chart-" + chart.event().id() + ".pdf");
            event.setContentType("application/pdf");
            try (var out = event.getOutputStream()) {
                pdf.render(countdown.wallChart(chart.event().id()), out);
            }
        }, AttachmentType.DOWNLOAD);
        Span days = new Span(CountdownTexts.countdown(chart.daysToOpening(), this::getTranslation));
        days.setId("wall-chart-countdown");
        days.addClassName("countdown-card__days");
        Div header = new Div(new H3(chart.event().name(getLocale())), days,
                new Div(new Span(getTranslation("countdown.chart.today") + " " + chart.today() + " · "
                        + getTranslation("countdown.chart.opening") + " " + chart.event().startDate())));
        header.addClassName("countdown-card");
        add(header);
        if (chart.tasks().isEmpty()) {
            print.setVisible(false);
            Paragraph empty = new Paragraph(getTranslation("countdown.chart.empty"));
            empty.setId("wall-chart-empty");
            add(empty);
            return;
        }
        LocalDate first = chart.tasks().stream().map(TaskSummary::startDate).min(Comparator.naturalOrder()).orElseThrow();
        first = first.isAfter(chart.today()) ? chart.today() : first;
        LocalDate last = chart.tasks().stream().map(TaskSummary::deadline).max(Comparator.naturalOrder()).orElseThrow();
        last = last.isBefore(chart.event().endDate()) ? chart.event().endDate() : last;
        for (Workstream workstream : Workstream.values()) {
            List<TaskSummary> tasks = chart.tasks().stream().filter(t -> t.workstream() == workstream).toList();
            if (tasks.isEmpty()) {
                continue;
            }
            H3 title = new H3(getTranslation(workstream.messageKey()));
            title.addClassName("view-section");
            EChart gantt = new EChart();
            gantt.setId("gantt-" + workstream.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            gantt.setHeight((60 + 26 * tasks.size()) + "px");
            gantt.setOption(WallChartOptions.of(chart, tasks, first.minusDays(1), last.plusDays(1), getLocale(), this::getTranslation));
            add(title, gantt);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("countdown.chart.title") + " · " + getTranslation("app.name");
    }
}
