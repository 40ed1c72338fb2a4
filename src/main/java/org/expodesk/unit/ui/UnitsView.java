package org.expodesk.unit.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.ConfirmDeletion;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/**
 * The organisation tree of the fair (单位管理): every participating unit with its leader in charge and its
 * liaison, searchable by unit, name or phone. Loaded whole (the tree has hundreds of units at most) and
 * shown fully expanded; on a phone the less urgent columns give way to a second line under each name.
 */
@Route("units")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 20, title = "nav.units", icon = "vaadin:sitemap")
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    private final UnitService units;
    private final UnitTreeGrid grid = new UnitTreeGrid(this::actions);
    private final TextField search = new TextField();
    private List<UnitSummary> tree = List.of();
    private @Nullable Registration resizeListener;

    public UnitsView(UnitService units) {
        this.units = units;
        addClassName("view");
        setSizeFull();
        setPadding(false);

        Button create = new Button(getTranslation("unit.action.new"), VaadinIcon.PLUS.create(),
                e -> UnitFormDialog.newCity(units, tree, this::saved).open());
        create.setId("unit-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("unit.list.title"), create));

        search.setPlaceholder(getTranslation("unit.list.search"));
        search.setAriaLabel(getTranslation("unit.list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("unit-search");
        search.setWidth("min(24rem, 100%)");
        search.addValueChangeListener(e -> showTree());
        add(search);

        add(grid);
        setFlexGrow(1, grid);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unit.list.title") + " · " + getTranslation("app.name");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var page = event.getUI().getPage();
        fitTo(page.getExtendedClientDetails().getWindowInnerWidth());
        resizeListener = page.addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    /** The page outlives the view: without removing the listener every visit would leave one behind. */
    @Override
    protected void onDetach(DetachEvent event) {
        if (resizeListener != null) {
            resizeListener.remove();
            resizeListener = null;
        }
        super.onDetach(event);
    }

    /** Chooses the phone or the desktop layout of the grid; an unknown width (0 or less) keeps the desktop one. */
    void fitTo(int windowWidth) {
        if (windowWidth > 0) {
            grid.setCompact(windowWidth < UnitTreeGrid.COMPACT_BELOW_PX);
        }
    }

    private void reload() {
        tree = units.tree();
        showTree();
    }

    private void showTree() {
        String query = search.getValue().strip();
        grid.show(UnitTree.of(tree, UnitTree.matching(query, kind -> getTranslation(kind.messageKey()))));
        grid.setEmptyStateText(query.isEmpty() ? getTranslation("unit.list.empty") : getTranslation("unit.list.no-match", query));
    }

    private void saved(UnitSummary unit) {
        reload();
        grid.select(unit);
    }

    /** Add a sub-unit (only where the kind allows any), edit, delete; icons with tooltips to fit a phone's width. */
    private Component actions(UnitSummary unit) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.setJustifyContentMode(JustifyContentMode.END);
        if (!unit.kind().allowedChildren().isEmpty()) {
            buttons.add(iconButton(VaadinIcon.PLUS_CIRCLE_O, "unit.action.add-sub", "unit-add-sub", ButtonVariant.LUMO_CONTRAST,
                    () -> UnitFormDialog.newUnder(units, tree, unit, this::saved).open()));
        }
        buttons.add(iconButton(VaadinIcon.EDIT, "action.edit", "unit-edit", ButtonVariant.LUMO_CONTRAST, () -> edit(unit)));
        buttons.add(iconButton(VaadinIcon.TRASH, "action.delete", "unit-delete", ButtonVariant.LUMO_ERROR,
                () -> confirmDelete(unit)));
        return buttons;
    }

    /** Delete in red, the others in grey: the three icons must not look alike in the brand red. */
    private Button iconButton(VaadinIcon icon, String labelKey, String className, ButtonVariant colour, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, colour);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName(className);
        return button;
    }

    /** Someone else may have deleted the unit meanwhile: say so and show the tree as it is now. */
    private void edit(UnitSummary unit) {
        try {
            UnitFormDialog.edit(units, tree, unit, this::saved).open();
        } catch (BusinessRuleException e) {
            Toast.error(e);
            reload();
        }
    }

    /** The service refuses a unit that still has sub-units; its message says what to do first. */
    private void confirmDelete(UnitSummary unit) {
        String name = unit.name(getLocale());
        ConfirmDialog confirm = ConfirmDeletion.of(getTranslation("unit.delete.confirm.title"),
                getTranslation("unit.delete.confirm.text", name), () -> {
                    units.delete(unit.id());
                    Toast.success(getTranslation("unit.deleted", name));
                    reload();
                });
        confirm.setId("unit-delete-confirm");
        confirm.open();
    }
}
