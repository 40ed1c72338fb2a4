package org.expodesk.badge.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;
import org.expodesk.badge.BadgeFilter;
import org.expodesk.badge.BadgePrintJob;
import org.expodesk.badge.BadgePrintJobs;
import org.expodesk.badge.BadgePrintProgress;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The progress of a background print run under the badge list: a bar with "n / total", a cancel button, and
 * when the PDF is ready a link that downloads it from its temporary file. The run's id is kept in the session,
 * so leaving the screen does not lose a long run: coming back shows it again.
 */
final class BadgePrintPanel extends HorizontalLayout {

    private static final String SESSION_KEY = BadgePrintPanel.class.getName() + ".job";

    private final BadgePrintJobs jobs;
    private final long eventId;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button cancel = new Button();
    private final Anchor download = new Anchor();
    private final Button close = new Button(VaadinIcon.CLOSE_SMALL.create());
    private @Nullable BadgePrintJob job;
    private @Nullable Registration subscription;

    BadgePrintPanel(BadgePrintJobs jobs, long eventId) {
        this.jobs = jobs;
        this.eventId = eventId;
        setId("badge-print-panel");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setVisible(false);
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-5pct)");
        bar.setId("badge-print-progress");
        bar.setWidth("14rem");
        status.setId("badge-print-status");
        cancel.setText(getTranslation("badge.print.cancel"));
        cancel.setId("badge-print-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            if (job != null) {
                job.cancel();
            }
        });
        download.setId("badge-print-download");
        Button downloadButton = new Button(getTranslation("badge.print.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        downloadButton.setTabIndex(-1);
        download.add(downloadButton);
        close.setId("badge-print-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("badge.print.close"));
        close.addClickListener(e -> dismiss());
        add(bar, status, cancel, download, close);
    }

    /** Starts printing the list as it is filtered now; one run at a time per screen. */
    void start(BadgeFilter filter) {
        if (job != null && !job.progress().state().finished()) {
            Toast.error(getTranslation("badge.print.busy"));
            return;
        }
        try {
            follow(jobs.start(eventId, filter));
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Object id = event.getSession().getAttribute(SESSION_KEY);
        if (job == null && id instanceof UUID known) {
            jobs.find(known).filter(j -> j.eventId() == eventId).ifPresent(this::follow);
        } else if (job != null) {
            subscribe(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
        super.onDetach(event);
    }

    private void follow(BadgePrintJob started) {
        unsubscribe();
        job = started;
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, started.id());
        download.setHref(downloadOf(started), AttachmentType.DOWNLOAD);
        show(started.progress());
        setVisible(true);
        getUI().ifPresent(this::subscribe);
    }

    /**
     * Progress arrives on the printing thread; the screen is changed only under the session lock, and shows the
     * run as it is when the lock is had, so a report overtaken by a later one cannot turn the clock back.
     */
    private void subscribe(UI ui) {
        BadgePrintJob current = job;
        if (current == null || subscription != null) {
            return;
        }
        subscription = current.subscribe(progress -> ui.access(() -> show(current.progress())));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void show(BadgePrintProgress progress) {
        bar.setValue(progress.total() == 0 ? 0 : (double) progress.done() / progress.total());
        bar.setIndeterminate(false);
        String figures = getTranslation("badge.print.figures", progress.done(), progress.total());
        status.setText(switch (progress.state()) {
            case RUNNING -> getTranslation("badge.print.running", figures);
            case DONE -> getTranslation("badge.print.done", progress.done());
            case CANCELLED -> getTranslation("badge.print.cancelled");
            case FAILED -> getTranslation("badge.print.failed");
        });
        bar.setVisible(!progress.state().finished());
        cancel.setVisible(!progress.state().finished());
        download.setVisible(progress.state() == BadgePrintProgress.State.DONE);
        close.setVisible(progress.state().finished());
    }

    /** The file is gone once downloaded: say so instead of offering a link that no longer works. */
    private void downloaded() {
        download.setVisible(false);
        status.setText(getTranslation("badge.print.downloaded"));
    }

    private void dismiss() {
        unsubscribe();
        job = null;
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, null);
        setVisible(false);
    }

    /** Streams the finished file; the service deletes it when the stream closes. */
    private DownloadHandler downloadOf(BadgePrintJob started) {
        UUID id = started.id();
        String name = started.fileName();
        return event -> {
            event.setFileName(name);
            event.setContentType("application/pdf");
            try (InputStream in = jobs.download(id); OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
            event.getUI().access(this::downloaded);
        };
    }
}
