package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.ui.BoothFloorPlan;
import org.expodesk.event.CurrentEvent;
import org.expodesk.exhibitor.AllocationOutcome;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.ExhibitorPlan;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.MyCompanyService;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The exhibitor's floor plan (选择展位): the halls read-only, free booths with their details, the company's own
 * booths marked, nobody else's name. An approved company clicks a free booth and holds it; it confirms or lets
 * go of its holds here or on its home screen. Losing a booth to a quicker company says so and redraws the plan.
 */
@StyleSheet("styles/booth.css")
@Route("my-booth")
@RolesAllowed(Roles.EXHIBITOR)
@Menu(order = 6, title = "nav.my-booth", icon = "vaadin:grid-big")
public class MyBoothPlanView extends VerticalLayout implements HasDynamicTitle {

    private final MyCompanyService myCompany;
    private final AllocationService allocations;
    private final BoothFloorPlan plan = new BoothFloorPlan();
    private final Div card = new Div();
    private @Nullable ExhibitorSummary company;
    private @Nullable HallSummary hall;
    private @Nullable ExhibitorPlan shown;

    public MyBoothPlanView(CurrentEvent currentEvent, MyCompanyService myCompany, AllocationService allocations) {
        this.myCompany = myCompany;
        this.allocations = allocations;
        addClassName("view");
        addClassName("floor-plan-view");
        setSizeFull();
        setPadding(false);
        add(new ViewTitle(getTranslation("exhibitor.plan.title")));
        Optional<Long> eventId = currentEvent.id();
        company = eventId.flatMap(myCompany::myCompany).orElse(null);
        List<HallSummary> halls = company == null ? List.of() : myCompany.halls(company.eventId());
        if (halls.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(company == null ? "exhibitor.error.no-company" : "booth.plan.no-halls"));
            none.setId("my-plan-empty");
            add(none);
            return;
        }
        Tabs tabs = new Tabs();
        tabs.setId("my-plan-halls");
        halls.forEach(h -> tabs.add(new Tab(h.name(getLocale()))));
        tabs.addSelectedChangeListener(e -> showHall(halls.get(tabs.getSelectedIndex())));
        plan.setId("my-floor-plan");
        plan.addBoothClickListener(e -> openCard(e.boothId()));
        card.setId("my-booth-card");
        card.addClassName("booth-card");
        Div layout = new Div(plan, card);
        layout.addClassName("floor-plan-layout");
        add(tabs, layout);
        setFlexGrow(1, layout);
        showHall(halls.getFirst());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibitor.plan.title") + " · " + getTranslation("app.name");
    }

    private void showHall(HallSummary h) {
        hall = h;
        reload();
        hint();
    }

    private void reload() {
        if (hall == null) {
            return;
        }
        ExhibitorPlan current = myCompany.plan(hall.id());
        shown = current;
        Map<Long, String> labels = new HashMap<>();
        current.ownBoothIds().forEach(id -> labels.put(id, getTranslation("exhibitor.plan.mine")));
        plan.show(current.plan(), labels);
    }

    private void hint() {
        card.removeAll();
        card.addClassName("booth-card--empty");
        card.add(new Paragraph(getTranslation("exhibitor.plan.hint")));
        plan.setSelected(null);
    }

    void openCard(long boothId) {
        ExhibitorPlan current = shown;
        BoothSummary booth = current == null ? null
                : current.plan().booths().stream().filter(b -> b.id() == boothId).findFirst().orElse(null);
        if (booth == null) {
            hint();
            return;
        }
        boolean mine = current.ownBoothIds().contains(boothId);
        card.removeAll();
        card.removeClassName("booth-card--empty");
        H3 code = new H3(booth.code());
        code.setId("my-booth-card-code");
        card.add(code, new Paragraph(mine ? getTranslation("exhibitor.plan.mine") : getTranslation(booth.status().messageKey())));
        if (booth.status() == BoothStatus.FREE || mine) {
            card.add(new Paragraph(getTranslation(booth.kind().messageKey()) + " · "
                    + getTranslation("booth.unit.area", booth.area().stripTrailingZeros().toPlainString())
                    + (booth.status() == BoothStatus.FREE ? " · " + price(booth) : "")));
        }
        ExhibitorSummary me = company;
        if (booth.status() == BoothStatus.FREE && me != null && me.status() == RegistrationStatus.APPROVED) {
            Button hold = new Button(getTranslation("exhibitor.action.hold"), e -> act(boothId, () -> {
                AllocationOutcome outcome = allocations.hold(boothId);
                if (outcome instanceof AllocationOutcome.AlreadyTaken) {
                    Toast.error(getTranslation(outcome.messageKey(), outcome.boothCode()));
                } else {
                    Toast.success(getTranslation(outcome.messageKey(), outcome.boothCode()));
                }
            }));
            hold.setId("my-booth-hold");
            hold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(hold);
        } else if (mine && booth.status() == BoothStatus.HELD) {
            Button confirm = new Button(getTranslation("exhibitor.action.confirm"), e -> act(boothId, () -> {
                allocations.confirm(boothId);
                Toast.success(getTranslation("exhibitor.allocation.assigned-ok", booth.code()));
            }));
            confirm.setId("my-booth-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button letGo = new Button(getTranslation("exhibitor.action.let-go"), e -> act(boothId, () -> allocations.releaseHold(boothId)));
            letGo.setId("my-booth-let-go");
            card.add(confirm, letGo);
        } else if (booth.status() == BoothStatus.FREE) {
            card.add(new Span(getTranslation("exhibitor.plan.approval-first")));
        }
        plan.setSelected(boothId);
    }

    private String price(BoothSummary booth) {
        NumberFormat number = NumberFormat.getNumberInstance(Locale.CHINA);
        return getTranslation("booth.price.yuan", number.format(booth.price()));
    }

    private void act(long boothId, Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            Toast.error(ExhibitorTexts.reason(this, e));
        }
        reload();
        openCard(boothId);
    }

    BoothFloorPlan plan() {
        return plan;
    }
}
