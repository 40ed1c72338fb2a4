package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.Optional;
import org.expodesk.event.CurrentEvent;
import org.expodesk.exhibitor.ExhibitorExport;
import org.expodesk.exhibitor.ExhibitorImport;
import org.expodesk.exhibitor.ExhibitorTargets;
import org.expodesk.exhibitor.ImportPreview;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Uploads;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;
import org.jspecify.annotations.Nullable;

/**
 * The office's spreadsheet desk for the current event's exhibitors: download the bilingual template, upload a
 * filled one and see every row checked (bad rows first, each with its row number and reasons), save all rows
 * at once when every row is good, export the exhibitors and booth allocation, and set the famous-brand goal
 * the dashboard measures against. The uploaded file stays in this view's memory (≤ 2 MB) only until it is
 * saved or replaced; the save checks it again on the server.
 */
@Route("exhibitors/excel")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 33, title = "nav.exhibitor-excel", icon = "vaadin:file-table")
public class ExhibitorExcelView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExhibitorImport imports;
    private final ImportPreviewGrid grid = new ImportPreviewGrid(this::getTranslation);
    private final Paragraph summary = new Paragraph();
    private final Button save = new Button();
    private long eventId;
    private @Nullable String fileName;
    private byte @Nullable [] content;

    public ExhibitorExcelView(CurrentEvent currentEvent, ExhibitorImport imports, ExhibitorExport export, ExhibitorTargets targets) {
        this.imports = imports;
        addClassName("view");
        setPadding(false);
        add(new ViewTitle(getTranslation("exhibitor.excel.title")));
        Optional<Long> current = currentEvent.id();
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("exhibitor.excel.no-event"));
            none.setId("excel-no-event");
            add(none);
            return;
        }
        eventId = current.get();

        Anchor template = download("exhibitor-import-template.xlsx", imports::writeTemplate, "exhibitor.import.template", "import-template");
        Anchor exported = download("exhibitors-" + eventId + ".xlsx", out -> export.write(eventId, out), "exhibitor.export.download", "export-download");
        Paragraph limits = new Paragraph(getTranslation("exhibitor.import.limits", ExhibitorImport.maxBytes() / 1024 / 1024,
                ExhibitorImport.maxRows()));
        limits.setId("import-limits");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> preview(metadata.fileName(), bytes)))));
        upload.setId("import-upload");
        Uploads.localised(upload);
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExhibitorImport.maxBytes());
        upload.addFileRejectedListener(e -> Toast.error(getTranslation("exhibitor.import.rejected-file")));

        save.setText(getTranslation("exhibitor.import.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.setId("import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        summary.setId("import-summary");
        grid.setVisible(false);

        IntegerField goal = new IntegerField(getTranslation("exhibitor.targets.goal-field"));
        goal.setId("famous-goal");
        goal.setMin(0);
        goal.setMax(100);
        goal.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        goal.setValue(targets.famousBrandGoal(eventId));
        Button saveGoal = new Button(getTranslation("exhibitor.targets.goal-save"), e -> {
            try {
                targets.setFamousBrandGoal(eventId, goal.getValue() == null ? -1 : goal.getValue());
                Toast.success(getTranslation("exhibitor.targets.goal-saved"));
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        saveGoal.setId("famous-goal-save");
        HorizontalLayout goalRow = new HorizontalLayout(goal, saveGoal);
        goalRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(new H3(getTranslation("exhibitor.import.heading")), new HorizontalLayout(template), limits, upload, summary, grid, save,
                new H3(getTranslation("exhibitor.export.heading")), exported,
                new H3(getTranslation("exhibitor.targets.heading")), goalRow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibitor.excel.title") + " · " + getTranslation("app.name");
    }

    /** Checks the uploaded file and lists its rows; saving is offered only when every row is good. */
    void preview(String name, byte[] bytes) {
        fileName = null;
        content = null;
        save.setEnabled(false);
        try {
            ImportPreview preview = imports.preview(eventId, name, bytes);
            grid.show(preview);
            grid.setVisible(true);
            summary.setText(preview.allGood() ? getTranslation("exhibitor.import.all-good", preview.rows().size())
                    : getTranslation("exhibitor.import.some-bad", preview.rows().size(), preview.badRows()));
            if (preview.allGood()) {
                fileName = name;
                content = bytes;
                save.setEnabled(true);
            }
        } catch (BusinessRuleException e) {
            grid.setVisible(false);
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void save() {
        if (fileName == null || content == null) {
            return;
        }
        try {
            int saved = imports.save(eventId, fileName, content);
            Toast.success(getTranslation("exhibitor.import.saved", saved));
            summary.setText(getTranslation("exhibitor.import.saved", saved));
            grid.setVisible(false);
        } catch (BusinessRuleException e) {
            Toast.error(e);
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
        } finally {
            fileName = null;
            content = null;
            save.setEnabled(false);
        }
    }

    private interface Writing {
        void writeTo(OutputStream out) throws java.io.IOException;
    }

    private Anchor download(String name, Writing writing, String labelKey, String id) {
        DownloadHandler handler = event -> {
            event.setFileName(name);
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                writing.writeTo(out);
            }
        };
        Anchor anchor = new Anchor(handler, getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    ImportPreviewGrid grid() {
        return grid;
    }
}
