package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.expodesk.exhibitor.ImportPreview;
import org.expodesk.exhibitor.ImportProblem;
import org.expodesk.exhibitor.ImportRow;
import org.expodesk.shared.domain.Translatable;

/**
 * The rows of an import as the office checks them before saving: the row number as Excel shows it, the
 * company, the credit code, good or not, and every reason in the screen's language ("C 统一社会信用代码：…").
 * Rows with problems come first, so the ones to fix are on top. The list is one file's rows, at most 2,000.
 */
final class ImportPreviewGrid extends Grid<ImportRow> {

    private final BiFunction<String, Object[], String> translate;

    ImportPreviewGrid(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
        setId("import-preview");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ImportRow::rowNumber).setHeader(t("exhibitor.import.row")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::status).setHeader(t("exhibitor.import.status")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportRow::nameZh).setHeader(t("exhibitor.import.column.name-zh")).setFlexGrow(2);
        addColumn(ImportRow::creditCode).setHeader(t("exhibitor.import.column.credit-code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(this::problems).setHeader(t("exhibitor.import.problems")).setFlexGrow(5);
        setAllRowsVisible(false);
        setHeight("28rem");
    }

    void show(ImportPreview preview) {
        List<ImportRow> rows = preview.rows().stream()
                .sorted((a, b) -> a.ok() == b.ok() ? Integer.compare(a.rowNumber(), b.rowNumber()) : a.ok() ? 1 : -1).toList();
        setItems(rows);
    }

    private Span status(ImportRow row) {
        Span badge = new Span(t(row.ok() ? "exhibitor.import.row-ok" : "exhibitor.import.row-bad"));
        badge.getElement().getThemeList().add(row.ok() ? "badge success" : "badge error");
        return badge;
    }

    String problems(ImportRow row) {
        return row.problems().stream().map(this::text).collect(Collectors.joining(t("exhibitor.import.joiner")));
    }

    private String text(ImportProblem problem) {
        Object[] args = problem.arguments().stream().map(a -> a instanceof Translatable tr ? t(tr.key()) : a).toArray();
        String reason = translate.apply(problem.messageKey(), args);
        return problem.column() == null ? reason
                : problem.column().letter() + " " + t(problem.column().messageKey()) + t("exhibitor.import.colon") + reason;
    }

    private String t(String key) {
        return translate.apply(key, new Object[0]);
    }
}
