package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.expodesk.exhibitor.MyCompanyService;
import org.expodesk.exhibitor.StaffDraft;
import org.expodesk.exhibitor.StaffQuota;
import org.expodesk.exhibitor.StaffSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** The company's booth staff (参展人员): who comes, within the quota its assigned booth area gives. */
class StaffPanel extends Div {

    private final MyCompanyService myCompany;
    private final long eventId;
    private final Grid<StaffSummary> grid = new Grid<>();
    private final Paragraph quota = new Paragraph();
    private final TextField name = new TextField();
    private final TextField mobile = new TextField();
    private final TextField role = new TextField();
    private final Button add = new Button();
    private final BeanValidationBinder<StaffDraft> binder = new BeanValidationBinder<>(StaffDraft.class);

    StaffPanel(MyCompanyService myCompany, long eventId) {
        this.myCompany = myCompany;
        this.eventId = eventId;
        setId("staff-panel");
        addClassName("exhibitor-section");
        quota.setId("staff-quota");
        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(StaffSummary::name).setHeader(getTranslation("exhibitor.staff.name"));
        grid.addColumn(StaffSummary::mobile).setHeader(getTranslation("exhibitor.field.mobile"));
        grid.addColumn(StaffSummary::role).setHeader(getTranslation("exhibitor.staff.role"));
        grid.addComponentColumn(s -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> act(() -> myCompany.removeStaff(eventId, s.id())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.delete"));
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("exhibitor.staff.empty"));
        name.setLabel(getTranslation("exhibitor.staff.name"));
        name.setId("staff-name");
        mobile.setLabel(getTranslation("exhibitor.field.mobile"));
        mobile.setId("staff-mobile");
        role.setLabel(getTranslation("exhibitor.staff.role"));
        role.setPlaceholder(getTranslation("exhibitor.staff.role.placeholder"));
        role.setId("staff-role");
        binder.bind(name, "name");
        binder.bind(mobile, "mobile");
        binder.bind(role, "role");
        add.setText(getTranslation("exhibitor.staff.add"));
        add.setId("staff-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            StaffDraft draft = new StaffDraft();
            if (binder.writeBeanIfValid(draft)) {
                act(() -> {
                    myCompany.addStaff(eventId, draft);
                    binder.readBean(new StaffDraft());
                });
            }
        });
        FlexLayout form = new FlexLayout(name, mobile, role, add);
        form.addClassName("staff-form");
        add(new H3(getTranslation("exhibitor.staff.title")), quota, grid, form);
        binder.readBean(new StaffDraft());
        refresh();
    }

    private void refresh() {
        StaffQuota q = myCompany.myStaffQuota(eventId);
        String rule = getTranslation("exhibitor.staff.rule", q.staffPerUnit(), q.areaPerUnit().stripTrailingZeros().toPlainString());
        quota.setText(q.allowed() == 0 ? getTranslation("exhibitor.staff.quota.none", rule)
                : getTranslation("exhibitor.staff.quota", q.allowed(), q.used(), q.assignedArea().stripTrailingZeros().toPlainString(), rule));
        grid.setItems(myCompany.myStaff(eventId));
        add.setEnabled(q.left() > 0);
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (BusinessRuleException e) {
            Toast.error(ExhibitorTexts.reason(this, e));
        }
    }
}
