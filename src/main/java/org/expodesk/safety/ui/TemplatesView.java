package org.expodesk.safety.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.expodesk.safety.ChecklistService;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The office's checklist templates: every template's current revision by domain; choosing one opens its editor
 * ({@link TemplateEditor}), and saving makes the next revision, so inspections already done keep the items they
 * were walked with. Inspectors read the checklists on their round but do not edit them.
 */
@Route("safety/templates")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 64, title = "nav.safety-templates", icon = "vaadin:list-ol")
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    private final ChecklistService checklists;
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final Div editorArea = new Div();

    public TemplatesView(ChecklistService checklists) {
        this.checklists = checklists;
        addClassName("view");
        grid.setId("safety-template-grid");
        grid.addColumn(t -> getTranslation(t.domain().messageKey())).setHeader(getTranslation("safety.templates.domain")).setAutoWidth(true);
        grid.addColumn(t -> t.name(getLocale())).setHeader(getTranslation("safety.templates.name")).setFlexGrow(1);
        grid.addColumn(TemplateSummary::revision).setHeader(getTranslation("safety.templates.revision")).setAutoWidth(true);
        grid.addColumn(t -> t.items().size()).setHeader(getTranslation("safety.templates.items")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        editorArea.setWidthFull();
        add(new ViewTitle(getTranslation("safety.templates.title")), grid, editorArea);
        grid.setItems(checklists.current());
    }

    private void edit(TemplateSummary template) {
        editorArea.removeAll();
        editorArea.add(new TemplateEditor(template, checklists, saved -> {
            editorArea.removeAll();
            grid.setItems(checklists.current());
        }, () -> {
            editorArea.removeAll();
            grid.deselectAll();
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("safety.templates.title") + " · " + getTranslation("app.name");
    }
}
