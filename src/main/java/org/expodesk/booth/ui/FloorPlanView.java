package org.expodesk.booth.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.expodesk.booth.BoothHolders;
import org.expodesk.booth.BoothService;
import org.springframework.beans.factory.ObjectProvider;
import org.expodesk.booth.FloorPlan;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.CurrentEvent;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;
import org.jspecify.annotations.Nullable;

/**
 * The floor plan of the current event: one tab per hall, the hall drawn to scale with its booths coloured
 * by status, and the card of the booth clicked beside it (below it on a phone). The plan is drawn in the
 * browser; this view only sends the hall's JSON and answers clicks.
 */
@StyleSheet("styles/booth.css")
@Route("floor-plan")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 30, title = "nav.floor-plan", icon = "vaadin:grid-big")
public class FloorPlanView extends VerticalLayout implements HasDynamicTitle {

    private final BoothService booths;
    /** The exhibitor feature: company names on booths and assignment from the card; absent, the plan shows codes only. */
    private final @Nullable BoothHolders holders;
    private Map<Long, String> holderNames = Map.of();
    private final BoothFloorPlan plan = new BoothFloorPlan();
    private final BoothCard card;
    private final Tabs tabs = new Tabs();
    private List<HallSummary> halls = List.of();
    private @Nullable HallSummary hall;

    public FloorPlanView(CurrentEvent currentEvent, HallService hallService, BoothService booths, UnitService units,
            ObjectProvider<BoothHolders> holders) {
        this.booths = booths;
        this.holders = holders.getIfAvailable();
        this.card = new BoothCard(booths, new UnitChoices(units), this.holders, this::changed, this::closeCard);
        addClassName("view");
        addClassName("floor-plan-view");
        setSizeFull();
        setPadding(false);
        add(new ViewTitle(getTranslation("booth.plan.title")));

        Optional<Long> eventId = currentEvent.id();
        halls = eventId.map(hallService::halls).orElse(List.of());
        if (halls.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(eventId.isEmpty() ? "booth.no-event" : "booth.plan.no-halls"));
            none.setId("floor-plan-empty");
            add(none);
            return;
        }
        tabs.setId("hall-tabs");
        for (HallSummary h : halls) {
            Tab tab = new Tab(h.name(getLocale()));
            tab.setId("hall-tab-" + h.code());
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> showHall(halls.get(tabs.getSelectedIndex())));
        plan.setId("floor-plan");
        plan.addBoothClickListener(e -> openCard(e.boothId()));
        Div layout = new Div(plan, card);
        layout.addClassName("floor-plan-layout");
        add(tabs, layout);
        setFlexGrow(1, layout);
        showHall(halls.getFirst());
    }

    /**
     * The A3 PDF of the plan with the exhibitors by booth, when a feature provides it (the exhibitor feature
     * does). Injected after construction so the screen works without it.
     */
    @org.springframework.beans.factory.annotation.Autowired
    void offerPrint(org.springframework.beans.factory.ObjectProvider<org.expodesk.booth.PlanPrint> prints, CurrentEvent currentEvent) {
        org.expodesk.booth.PlanPrint print = prints.getIfAvailable();
        Optional<Long> eventId = currentEvent.id();
        if (print == null || eventId.isEmpty() || halls.isEmpty()) {
            return;
        }
        long id = eventId.get();
        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(event -> {
            event.setFileName(print.fileName(id));
            event.setContentType("application/pdf");
            try (java.io.OutputStream out = event.getOutputStream()) {
                print.write(id, out);
            }
        }, getTranslation("booth.plan.print"));
        link.setId("floor-plan-print");
        link.addClassName("floor-plan-print");
        link.getElement().setAttribute("download", true);
        addComponentAtIndex(1, link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("booth.plan.title") + " · " + getTranslation("app.name");
    }

    private void showHall(HallSummary shown) {
        hall = shown;
        closeCard();
        reload();
    }

    private void reload() {
        if (hall == null) {
            return;
        }
        FloorPlan current = booths.plan(hall.id());
        holderNames = holders == null ? Map.of() : holders.names(hall.id(), getLocale());
        plan.setPlanJson(FloorPlanJson.of(current, getLocale(), this::getTranslation, holderNames));
    }

    /** Opens the card of a clicked booth; a booth deleted meanwhile only refreshes the plan. */
    void openCard(long boothId) {
        booths.find(boothId).filter(b -> hall != null && b.hallId() == hall.id()).ifPresentOrElse(booth -> {
            card.show(booth, holderNames.get(booth.id()));
            plan.setSelected(boothId);
        }, () -> {
            Toast.error(getTranslation("booth.gone"));
            closeCard();
            reload();
        });
    }

    private void changed(@Nullable Long showNext) {
        reload();
        if (showNext == null) {
            closeCard();
        } else {
            openCard(showNext);
        }
    }

    private void closeCard() {
        card.showHint();
        plan.setSelected(null);
    }

    BoothFloorPlan plan() {
        return plan;
    }
}
