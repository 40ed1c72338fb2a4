package org.expodesk.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.safety.ChecklistService;
import org.expodesk.safety.ExpectedAnswer;
import org.expodesk.safety.Severity;
import org.expodesk.safety.TemplateDraft;
import org.expodesk.safety.TemplateItem;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * Edits one template revision: both names and the ordered items (bilingual text, expected answer, photo, severity),
 * with add, remove and up/down. Nothing is stored until "save as new revision"; the service checks the draft and
 * refuses an edit of a revision that is no longer current.
 */
class TemplateEditor extends VerticalLayout {

    private final TemplateSummary template;
    private final ChecklistService checklists;
    private final Consumer<TemplateSummary> onSaved;
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final List<TemplateItem> items;
    private final Div rows = new Div();

    TemplateEditor(TemplateSummary template, ChecklistService checklists, Consumer<TemplateSummary> onSaved, Runnable onCancel) {
        this.template = template;
        this.checklists = checklists;
        this.onSaved = onSaved;
        this.items = new ArrayList<>(template.items());
        setId("safety-template-editor");
        setPadding(false);
        H3 heading = new H3(getTranslation("safety.templates.editing", template.name(getLocale()), template.revision()));
        nameZh.setId("safety-template-name-zh");
        nameZh.setLabel(getTranslation("safety.templates.name-zh"));
        nameZh.setValue(template.nameZh());
        nameZh.setMaxLength(100);
        nameEn.setId("safety-template-name-en");
        nameEn.setLabel(getTranslation("safety.templates.name-en"));
        nameEn.setValue(template.nameEn());
        nameEn.setMaxLength(200);
        HorizontalLayout names = new HorizontalLayout(nameZh, nameEn);
        names.setWidthFull();
        names.setFlexGrow(1, nameZh, nameEn);
        names.getStyle().set("flex-wrap", "wrap");
        rows.setWidthFull();
        Button add = new Button(getTranslation("safety.templates.add-item"), VaadinIcon.PLUS.create(), e -> {
            items.add(new TemplateItem("", "", ExpectedAnswer.YES, false, Severity.MINOR));
            showRows();
        });
        add.setId("safety-template-add-item");
        Button save = new Button(getTranslation("safety.templates.save"), e -> save());
        save.setId("safety-template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("safety.templates.cancel"), e -> onCancel.run());
        cancel.setId("safety-template-cancel");
        Span hint = new Span(getTranslation("safety.templates.revision-hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout buttons = new HorizontalLayout(add, save, cancel);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(heading, names, rows, buttons, hint);
        showRows();
    }

    private void showRows() {
        rows.removeAll();
        for (int i = 0; i < items.size(); i++) {
            rows.add(row(i));
        }
    }

    /** One item as a row of fields; every change replaces the item in the list, the record stays immutable. */
    private VerticalLayout row(int index) {
        TemplateItem item = items.get(index);
        Span number = new Span((index + 1) + ".");
        number.setMinWidth("2em");
        TextField textZh = new TextField(getTranslation("safety.templates.text-zh"));
        textZh.setValue(item.textZh());
        textZh.setMaxLength(300);
        textZh.addClassName("safety-item-text-zh");
        textZh.addValueChangeListener(e -> replace(index, e.getValue(), null, null, null, null));
        TextField textEn = new TextField(getTranslation("safety.templates.text-en"));
        textEn.setValue(item.textEn());
        textEn.setMaxLength(500);
        textEn.addClassName("safety-item-text-en");
        textEn.addValueChangeListener(e -> replace(index, null, e.getValue(), null, null, null));
        Select<ExpectedAnswer> expected = new Select<>();
        expected.setLabel(getTranslation("safety.templates.expected"));
        expected.setItems(ExpectedAnswer.values());
        expected.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        expected.setValue(item.expected());
        expected.addValueChangeListener(e -> replace(index, null, null, e.getValue(), null, null));
        Select<Severity> severity = new Select<>();
        severity.setLabel(getTranslation("safety.rect.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        severity.setValue(item.severity());
        severity.addValueChangeListener(e -> replace(index, null, null, null, null, e.getValue()));
        Checkbox photo = new Checkbox(getTranslation("safety.templates.photo"), item.photoRequired());
        photo.addValueChangeListener(e -> replace(index, null, null, null, e.getValue(), null));
        Button up = iconButton(VaadinIcon.ARROW_UP, "safety.templates.up", () -> move(index, index - 1));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "safety.templates.down", () -> move(index, index + 1));
        down.setEnabled(index < items.size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "safety.templates.remove", () -> {
            items.remove(index);
            showRows();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setEnabled(items.size() > 1);
        textZh.setMinWidth("14rem");
        textEn.setMinWidth("14rem");
        HorizontalLayout texts = new HorizontalLayout(number, textZh, textEn);
        texts.setWidthFull();
        texts.getStyle().set("flex-wrap", "wrap");
        texts.setAlignItems(FlexComponent.Alignment.BASELINE);
        texts.setFlexGrow(1, textZh, textEn);
        HorizontalLayout controls = new HorizontalLayout(expected, severity, photo, up, down, remove);
        controls.getStyle().set("flex-wrap", "wrap").set("padding-left", "2em");
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Questions get the full width on their own line; the short settings sit below them, also on a phone.
        VerticalLayout row = new VerticalLayout(texts, controls);
        row.addClassName("safety-template-item");
        row.setPadding(false);
        row.setSpacing(false);
        row.setWidthFull();
        row.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-s)");
        return row;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addClassName("safety-item-" + labelKey.substring(labelKey.lastIndexOf('.') + 1));
        return button;
    }

    private void replace(int index, @Nullable String textZh, @Nullable String textEn, @Nullable ExpectedAnswer expected,
            @Nullable Boolean photo, @Nullable Severity severity) {
        TemplateItem old = items.get(index);
        items.set(index, new TemplateItem(textZh == null ? old.textZh() : textZh, textEn == null ? old.textEn() : textEn,
                expected == null ? old.expected() : expected, photo == null ? old.photoRequired() : photo,
                severity == null ? old.severity() : severity));
    }

    private void move(int from, int to) {
        Collections.swap(items, from, to);
        showRows();
    }

    private void save() {
        if (items.stream().anyMatch(i -> i.textZh().isBlank() || i.textEn().isBlank()) || nameZh.isEmpty() || nameEn.isEmpty()) {
            Toast.error(getTranslation("safety.templates.blank"));
            return;
        }
        try {
            TemplateSummary saved = checklists.revise(template.id(), new TemplateDraft(nameZh.getValue().strip(),
                    nameEn.getValue().strip(), items.stream().map(i -> new TemplateItem(i.textZh().strip(), i.textEn().strip(),
                            i.expected(), i.photoRequired(), i.severity())).toList()));
            Toast.success(getTranslation("safety.templates.saved", saved.revision()));
            onSaved.accept(saved);
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }
}
