package org.expodesk.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.SplitAxis;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** Split a booth into equal parts, side by side or one behind the other; the hint says what the parts will measure. */
class SplitDialog extends Dialog {

    SplitDialog(BoothService booths, BoothSummary booth, Consumer<List<BoothSummary>> onSplit) {
        setHeaderTitle(getTranslation("booth.split.title", booth.code()));
        setWidth("min(28rem, 100vw)");
        IntegerField parts = new IntegerField(getTranslation("booth.split.parts"));
        parts.setId("split-parts");
        parts.setMin(2);
        parts.setMax(20);
        parts.setStepButtonsVisible(true);
        parts.setValue(2);
        RadioButtonGroup<SplitAxis> axis = new RadioButtonGroup<>(getTranslation("booth.split.axis"));
        axis.setItems(SplitAxis.values());
        axis.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        axis.setValue(booth.width().compareTo(booth.depth()) >= 0 ? SplitAxis.WIDTH : SplitAxis.DEPTH);
        Paragraph hint = new Paragraph();
        hint.addClassName("dialog-hint");
        Runnable describe = () -> {
            int n = parts.getValue() == null || parts.getValue() < 2 ? 2 : parts.getValue();
            java.math.BigDecimal n1 = java.math.BigDecimal.valueOf(n);
            java.math.BigDecimal w = axis.getValue() == SplitAxis.WIDTH ? booth.width().divide(n1, 2, java.math.RoundingMode.DOWN) : booth.width();
            java.math.BigDecimal d = axis.getValue() == SplitAxis.DEPTH ? booth.depth().divide(n1, 2, java.math.RoundingMode.DOWN) : booth.depth();
            hint.setText(getTranslation("booth.split.hint", n, BoothFormat.metres(w), BoothFormat.metres(d)));
        };
        parts.addValueChangeListener(e -> describe.run());
        axis.addValueChangeListener(e -> describe.run());
        describe.run();
        add(parts, axis, hint);

        Button split = new Button(getTranslation("booth.action.split"), e -> {
            if (parts.getValue() == null || parts.isInvalid()) {
                return;
            }
            try {
                List<BoothSummary> result = booths.split(booth.ref(), parts.getValue(), axis.getValue());
                Toast.success(getTranslation("booth.split.done", booth.code(), result.size()));
                onSplit.accept(result);
                close();
            } catch (BusinessRuleException ex) {
                Toast.error(String.join(" ", BoothFormat.reasons(ex, this::getTranslation)));
            }
        });
        split.setId("split-confirm");
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), split);
    }
}
