package org.expodesk.booth.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.booth.BlockPreview;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitSummary;

/**
 * Generate a block of booths. While the office types, the preview says how many booths with which codes,
 * the block's outer size, area and price, and lists every reason it would be refused, so "generate" is only
 * pressed on a block that fits. Nothing is saved unless every booth of the block can be.
 */
class BlockDialog extends Dialog {

    private final BeanValidationBinder<BoothBlock> binder = new BeanValidationBinder<>(BoothBlock.class);
    private final BoothService booths;
    private final Select<HallSummary> hall = new Select<>();
    private final Span summary = new Span();
    private final ReasonList reasons = new ReasonList();
    private final Button generate;
    private final Consumer<List<BoothSummary>> onGenerated;

    BlockDialog(BoothService booths, UnitChoices units, List<HallSummary> halls, HallSummary selected,
            Consumer<List<BoothSummary>> onGenerated) {
        this.booths = booths;
        this.onGenerated = onGenerated;
        setHeaderTitle(getTranslation("booth.block.title"));
        setWidth("min(52rem, 100vw)");

        hall.setLabel(getTranslation("booth.field.hall"));
        hall.setItems(halls);
        hall.setItemLabelGenerator(h -> h.name(getLocale()) + " · " + BoothFormat.metres(h.width()) + " × " + BoothFormat.metres(h.depth()) + " m");
        hall.setValue(selected);
        hall.setId("block-hall");
        IntegerField rows = count("booth.block.rows", "block-rows");
        IntegerField columns = count("booth.block.columns", "block-columns");
        BigDecimalField x = metres("booth.block.x", "block-x");
        BigDecimalField y = metres("booth.block.y", "block-y");
        x.setHelperText(getTranslation("booth.block.origin.hint"));
        BigDecimalField width = metres("booth.block.booth-width", "block-width");
        BigDecimalField depth = metres("booth.block.booth-depth", "block-depth");
        BigDecimalField rowAisle = metres("booth.block.row-aisle", "block-row-aisle");
        rowAisle.setHelperText(getTranslation("booth.block.row-aisle.hint"));
        BigDecimalField columnAisle = metres("booth.block.column-aisle", "block-column-aisle");
        TextField pattern = new TextField(getTranslation("booth.block.pattern"));
        pattern.setHelperText(getTranslation("booth.block.pattern.hint"));
        pattern.setId("block-pattern");
        IntegerField firstNumber = new IntegerField(getTranslation("booth.block.first-number"));
        firstNumber.setId("block-first-number");
        Select<BoothKind> kind = new Select<>();
        kind.setLabel(getTranslation("booth.field.kind"));
        kind.setItems(BoothKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        BigDecimalField price = new BigDecimalField(getTranslation("booth.block.price"));
        price.setSuffixComponent(new Span(getTranslation("booth.unit.yuan")));
        price.setId("block-price");
        ComboBox<UnitSummary> unit = units.comboBox(getTranslation("booth.field.reserved-unit"), getLocale());
        TextField category = new TextField(getTranslation("booth.field.reserved-category"));

        binder.forField(rows).withConverter(v -> v == null ? 0 : v, v -> v).bind("rows");
        binder.forField(columns).withConverter(v -> v == null ? 0 : v, v -> v).bind("columns");
        binder.forField(x).bind("x");
        binder.forField(y).bind("y");
        binder.forField(width).bind("boothWidth");
        binder.forField(depth).bind("boothDepth");
        binder.forField(rowAisle).bind("rowAisle");
        binder.forField(columnAisle).bind("columnAisle");
        binder.forField(pattern).bind("codePattern");
        binder.forField(firstNumber).withConverter(v -> v == null ? 1 : v, v -> v).bind("firstNumber");
        binder.forField(kind).bind("kind");
        binder.forField(price).bind("price");
        binder.forField(unit).withConverter(BoothFormat::idOf, units::get).bind("reservedUnitId");
        binder.forField(category).bind("reservedCategory");

        FormLayout form = new FormLayout(hall, pattern, rows, columns, x, y, width, depth, rowAisle, columnAisle,
                firstNumber, kind, price, unit, category);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 2),
                new FormLayout.ResponsiveStep("40rem", 4));
        form.setColspan(hall, 2);
        form.setColspan(pattern, 2);
        form.setColspan(unit, 2);
        form.setColspan(category, 2);
        summary.setId("block-preview");
        Div preview = new Div(summary, reasons);
        preview.addClassName("block-preview");
        add(form, preview);

        binder.readBean(new BoothBlock());
        for (HasValue<?, ?> field : List.of(rows, columns, x, y, width, depth, rowAisle, columnAisle, pattern, firstNumber, price)) {
            ((HasValueChangeMode) field).setValueChangeMode(ValueChangeMode.LAZY);
        }
        binder.addValueChangeListener(e -> preview());
        hall.addValueChangeListener(e -> preview());

        generate = new Button(getTranslation("booth.block.generate"), e -> generate());
        generate.setId("block-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), generate);
        preview();
    }

    private IntegerField count(String labelKey, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setMin(1);
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }

    private BigDecimalField metres(String labelKey, String id) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setSuffixComponent(new Span(getTranslation("booth.unit.metres")));
        field.setId(id);
        return field;
    }

    /** Re-reads the preview from the service; an incomplete form only says what is missing. */
    private void preview() {
        BoothBlock block = new BoothBlock();
        if (hall.getValue() == null || !binder.writeBeanIfValid(block)) {
            summary.setText(getTranslation("booth.block.preview.incomplete"));
            reasons.clear();
            generate.setEnabled(false);
            return;
        }
        BlockPreview p = booths.preview(hall.getValue().id(), block);
        Texts t = this::getTranslation;
        summary.setText(getTranslation("booth.block.preview", p.count(), p.firstCode(), p.lastCode(),
                BoothFormat.metres(p.outerWidth()), BoothFormat.metres(p.outerDepth()),
                BoothFormat.area(p.totalArea(), t), BoothFormat.price(p.totalPrice(), getLocale(), t)));
        reasons.show(p.problems().stream().map(problem -> BoothFormat.reason(problem, t)).toList());
        generate.setEnabled(p.valid());
    }

    private void generate() {
        BoothBlock block = new BoothBlock();
        if (hall.getValue() == null || !binder.writeBeanIfValid(block)) {
            return;
        }
        try {
            List<BoothSummary> created = booths.generate(hall.getValue().id(), block);
            Toast.success(getTranslation("booth.block.generated", created.size(), hall.getValue().name(getLocale())));
            onGenerated.accept(created);
            close();
        } catch (BusinessRuleException e) {
            reasons.show(BoothFormat.reasons(e, this::getTranslation));
            generate.setEnabled(false);
        }
    }
}
