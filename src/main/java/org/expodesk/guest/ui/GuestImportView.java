package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import org.expodesk.shared.ui.Uploads;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.expodesk.event.CurrentEvent;
import org.expodesk.guest.GuestImport;
import org.expodesk.guest.ImportPreview;
import org.expodesk.guest.ImportProblem;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/** Imports a guest list from Excel: upload, see every bad row with its number and reason, then import all or nothing. */
@Route("guests/import")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER, Roles.RECEPTION})
public class GuestImportView extends VerticalLayout implements HasDynamicTitle {

    /** A guest list of a few thousand rows is well under a megabyte; the file is read in memory. */
    private static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final GuestImport importer;
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button save = new Button();
    private byte[] file = new byte[0];

    public GuestImportView(GuestImport importer, CurrentEvent currentEvent) {
        this.importer = importer;
        addClassName("view");
        setSizeFull();
        Long eventId = currentEvent.id().orElse(null);
        add(new ViewTitle(getTranslation("guest.import.title")));
        if (eventId == null) {
            add(new Paragraph(getTranslation("guest.list.no-event")));
            return;
        }
        add(new Paragraph(getTranslation("guest.import.columns", String.join(" | ", GuestImport.COLUMNS))));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> preview(eventId, bytes)))));
        upload.setId("guest-import-upload");
        upload.setAcceptedFileTypes(".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        Uploads.localised(upload);
        save.setText(getTranslation("guest.import.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.setId("guest-import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save(eventId));
        summary.setId("guest-import-summary");
        problems.setId("guest-import-problems");
        problems.addColumn(ImportProblem::row).setHeader(getTranslation("guest.import.row")).setWidth("6rem").setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray())).setHeader(getTranslation("guest.import.reason"));
        problems.setVisible(false);
        add(upload, summary, save, problems);
        setFlexGrow(1, problems);
    }

    void preview(long eventId, byte[] bytes) {
        file = bytes;
        try {
            ImportPreview preview = importer.preview(eventId, new ByteArrayInputStream(bytes));
            summary.setText(getTranslation("guest.import.summary", preview.rows().size(), preview.problems().size()));
            problems.setItems(preview.problems());
            problems.setVisible(!preview.problems().isEmpty());
            save.setEnabled(preview.ok());
        } catch (BusinessRuleException e) {
            summary.setText(getTranslation(e.messageKey(), e.arguments()));
            save.setEnabled(false);
        }
    }

    private void save(long eventId) {
        try {
            int count = importer.importAll(eventId, new ByteArrayInputStream(file));
            Toast.success(getTranslation("guest.import.done", count));
            save.setEnabled(false);
            getUI().ifPresent(ui -> ui.navigate(GuestsView.class));
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guest.import.title") + " · " + getTranslation("app.name");
    }
}
