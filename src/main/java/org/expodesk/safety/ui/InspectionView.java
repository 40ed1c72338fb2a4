package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.HasUrlParameter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.expodesk.event.CurrentEvent;
import org.expodesk.safety.ChecklistService;
import org.expodesk.safety.InspectionService;
import org.expodesk.safety.PhotoService;
import org.expodesk.safety.TargetService;
import org.expodesk.safety.TargetSummary;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The inspector's round on a phone: choose a target (or arrive from its QR label at {@code safety/target/<token>})
 * and a checklist, then walk the items one by one ({@link ChecklistWalk}). Laid out for a 390 px wide screen.
 */
@Route("safety/target")
@RolesAllowed({Roles.ADMIN, Roles.SAFETY})
@Menu(order = 60, title = "nav.safety-inspect", icon = "vaadin:clipboard-check")
public class InspectionView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final TargetService targets;
    private final ChecklistService checklists;
    private final InspectionService inspections;
    private final PhotoService photos;
    private final @Nullable Long eventId;
    private final ComboBox<TargetSummary> target = new ComboBox<>();
    private final Select<TemplateSummary> template = new Select<>();
    private final Div walkArea = new Div();
    private Button start = new Button();

    public InspectionView(TargetService targets, ChecklistService checklists, InspectionService inspections, PhotoService photos,
            CurrentEvent currentEvent) {
        this.targets = targets;
        this.checklists = checklists;
        this.inspections = inspections;
        this.photos = photos;
        this.eventId = currentEvent.id().orElse(null);
        addClassName("view");
        setPadding(true);
        setMaxWidth("40rem");
        add(new ViewTitle(getTranslation("safety.inspect.title")));
        if (eventId == null) {
            add(new Paragraph(getTranslation("safety.no-event")));
            return;
        }
        List<TargetSummary> all = targets.all(eventId);
        target.setId("safety-target");
        target.setLabel(getTranslation("safety.inspect.target"));
        target.setItems(all);
        target.setItemLabelGenerator(t -> t.name() + " · " + getTranslation(t.kind().messageKey()));
        target.setWidthFull();
        template.setId("safety-template");
        template.setLabel(getTranslation("safety.inspect.checklist"));
        template.setItems(checklists.current());
        template.setItemLabelGenerator(t -> t == null ? "" : t.name(getLocale()) + " (" + getTranslation(t.domain().messageKey()) + ")");
        template.setWidthFull();
        target.addValueChangeListener(e -> suggestChecklist(e.getValue()));
        start = new Button(getTranslation("safety.inspect.start"), e -> start());
        start.setId("safety-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setWidthFull();
        walkArea.setWidthFull();
        add(target, template, start, walkArea);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String token) {
        if (token == null || eventId == null) {
            return;
        }
        targets.byToken(token).ifPresentOrElse(t -> target.setValue(t),
                () -> walkArea.add(new Paragraph(getTranslation("safety.inspect.unknown-label"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.inspect.title") + " · " + getTranslation("app.name");
    }

    private void start() {
        TargetSummary chosen = target.getValue();
        TemplateSummary checklist = template.getValue();
        if (chosen == null || checklist == null || eventId == null) {
            target.setInvalid(chosen == null);
            target.setErrorMessage(getTranslation("safety.inspect.choose"));
            return;
        }
        walkArea.removeAll();
        // On a phone the chooser would push the question below the fold: it comes back when the round is saved.
        setChooserVisible(false);
        walkArea.add(new ChecklistWalk(eventId, chosen, checklist, inspections, photos, this::finished));
    }

    /** The checklist that fits the target's kind, so the inspector at an extinguisher does not scroll for it. */
    private void suggestChecklist(@Nullable TargetSummary chosen) {
        if (chosen == null) {
            return;
        }
        String family = switch (chosen.kind()) {
            case EXTINGUISHER, HYDRANT -> "fire-extinguisher";
            case HALL -> "fire-hall";
            case BOOTH -> "structure";
            case ENTRANCE -> "crowd";
            case HOTEL -> "food-hotel";
            case DINING -> "food-dining";
            case VEHICLE -> "traffic";
        };
        template.getListDataView().getItems().filter(t -> t.familyKey().equals(family)).findFirst().ifPresent(template::setValue);
    }

    private void setChooserVisible(boolean visible) {
        target.setVisible(visible);
        template.setVisible(visible);
        start.setVisible(visible);
    }

    private void finished() {
        walkArea.removeAll();
        setChooserVisible(true);
        target.clear();
        Paragraph done = new Paragraph(getTranslation("safety.inspect.saved"));
        done.setId("safety-saved");
        walkArea.add(done);
    }
}
