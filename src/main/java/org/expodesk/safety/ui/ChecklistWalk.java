package org.expodesk.safety.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.expodesk.safety.AnswerDraft;
import org.expodesk.safety.InspectionDraft;
import org.expodesk.safety.InspectionResult;
import org.expodesk.safety.InspectionService;
import org.expodesk.safety.ItemAnswer;
import org.expodesk.safety.PhotoRef;
import org.expodesk.safety.PhotoService;
import org.expodesk.safety.Severity;
import org.expodesk.safety.TargetSummary;
import org.expodesk.safety.TemplateItem;
import org.expodesk.safety.TemplateSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Uploads;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * One checklist walked item by item: passed / failed / not applicable, a photo and a note, and for a failed item the
 * deadline of its rectification (prefilled by severity, in the event's time zone). Answers stay in this component
 * until the round is submitted whole; photos are stored as they are taken.
 */
class ChecklistWalk extends VerticalLayout {

    private final long eventId;
    private final TargetSummary target;
    private final TemplateSummary checklist;
    private final InspectionService inspections;
    private final PhotoService photos;
    private final Runnable onSaved;
    private final List<Mark> marks = new ArrayList<>();
    private final Div card = new Div();
    private int index;

    /** What the inspector has entered for one item so far. */
    static final class Mark {
        @Nullable ItemAnswer answer;
        @Nullable String note;
        @Nullable Long photoId;
        @Nullable LocalDateTime deadline;
    }

    ChecklistWalk(long eventId, TargetSummary target, TemplateSummary checklist, InspectionService inspections, PhotoService photos,
            Runnable onSaved) {
        this.eventId = eventId;
        this.target = target;
        this.checklist = checklist;
        this.inspections = inspections;
        this.photos = photos;
        this.onSaved = onSaved;
        setPadding(false);
        setId("safety-walk");
        checklist.items().forEach(i -> marks.add(new Mark()));
        card.setWidthFull();
        add(card);
        show(0);
    }

    private void show(int position) {
        index = position;
        card.removeAll();
        TemplateItem item = checklist.items().get(index);
        Mark mark = marks.get(index);
        Span progress = new Span(getTranslation("safety.inspect.progress", index + 1, checklist.items().size(), target.name()));
        progress.addClassName("safety-progress");
        H3 question = new H3(item.text(getLocale()));
        question.setId("safety-question");
        question.getStyle().set("margin", "var(--lumo-space-s) 0").set("font-size", "var(--lumo-font-size-l)");
        Span severity = new Span(getTranslation(item.severity().messageKey()));
        severity.getElement().getThemeList().add("badge pill " + (item.severity() == Severity.CRITICAL ? "error primary"
                : item.severity() == Severity.MAJOR ? "warning" : "contrast"));
        Span expected = new Span(getTranslation(item.expected().messageKey()));
        expected.getElement().getThemeList().add("badge pill contrast");
        HorizontalLayout tags = new HorizontalLayout(severity, expected);
        if (item.photoRequired()) {
            Span photo = new Span(getTranslation("safety.inspect.photo-required"));
            photo.getElement().getThemeList().add("badge pill warning");
            tags.add(photo);
        }
        tags.setSpacing(true);

        RadioButtonGroup<ItemAnswer> answer = new RadioButtonGroup<>();
        answer.setId("safety-answer");
        answer.setItems(ItemAnswer.values());
        answer.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        answer.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        answer.setValue(mark.answer);
        TextArea note = new TextArea(getTranslation("safety.inspect.note"));
        note.setId("safety-note");
        note.setWidthFull();
        note.setMaxLength(500);
        note.setValue(mark.note == null ? "" : mark.note);
        note.addValueChangeListener(e -> mark.note = e.getValue());
        DateTimePicker deadline = new DateTimePicker(getTranslation("safety.inspect.deadline"));
        deadline.setId("safety-deadline");
        deadline.setLocale(getLocale());
        deadline.setHelperText(getTranslation("safety.inspect.deadline.hint"));
        deadline.setVisible(mark.answer == ItemAnswer.FAILED);
        deadline.setValue(mark.deadline);
        deadline.addValueChangeListener(e -> mark.deadline = e.getValue());
        answer.addValueChangeListener(e -> {
            mark.answer = e.getValue();
            boolean failed = e.getValue() == ItemAnswer.FAILED;
            deadline.setVisible(failed);
            if (failed && mark.deadline == null) {
                deadline.setValue(inspections.defaultDeadline(eventId, item.severity()));
            }
        });
        Span photoState = new Span(mark.photoId == null ? "" : getTranslation("safety.inspect.photo-added"));
        photoState.setId("safety-photo-state");
        Upload upload = photoUpload(mark, photoState);

        Button back = new Button(getTranslation("safety.inspect.back"), e -> show(index - 1));
        back.setEnabled(index > 0);
        back.setId("safety-back");
        boolean last = index == checklist.items().size() - 1;
        Button next = new Button(getTranslation(last ? "safety.inspect.submit" : "safety.inspect.next"), e -> next(last));
        next.setId("safety-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(back, next);
        buttons.setWidthFull();
        buttons.setJustifyContentMode(JustifyContentMode.BETWEEN);
        VerticalLayout layout = new VerticalLayout(progress, question, tags, answer, upload, photoState, note, deadline, buttons);
        layout.setPadding(false);
        layout.setSpacing(true);
        card.add(layout);
    }

    private Upload photoUpload(Mark mark, Span photoState) {
        Upload upload = new Upload();
        upload.setId("safety-photo");
        Uploads.localised(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, photos.maxBytes()));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setUploadButton(new Button(getTranslation("safety.inspect.take-photo")));
        upload.setDropAllowed(false);
        upload.setUploadHandler(event -> {
            UI ui = event.getUI();
            try {
                PhotoRef ref = photos.store(eventId, event.getFileName(), event.getInputStream());
                ui.access(() -> {
                    mark.photoId = ref.id();
                    photoState.setText(getTranslation("safety.inspect.photo-added"));
                });
            } catch (BusinessRuleException e) {
                event.reject(ui.getTranslation(e.messageKey(), e.arguments()));
                ui.access(() -> Toast.error(e));
            }
        });
        upload.addFileRejectedListener(e -> Toast.error(getTranslation("safety.error.photo-too-large", photos.maxBytes() / (1024 * 1024))));
        return upload;
    }

    private void next(boolean last) {
        Mark mark = marks.get(index);
        if (mark.answer == null) {
            Toast.error(getTranslation("safety.inspect.choose-answer"));
            return;
        }
        if (!last) {
            show(index + 1);
            return;
        }
        List<AnswerDraft> answers = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            answers.add(new AnswerDraft(i + 1, m.answer == null ? ItemAnswer.NOT_APPLICABLE : m.answer, m.note, m.photoId,
                    m.answer == ItemAnswer.FAILED ? m.deadline : null, null));
        }
        try {
            InspectionResult result = inspections.submit(new InspectionDraft(target.id(), checklist.id(), answers));
            Toast.success(result.failed() ? getTranslation("safety.inspect.saved-with-rectifications", result.rectificationIds().size())
                    : getTranslation("safety.inspect.saved"));
            onSaved.run();
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    /** For screen tests: where the walk stands. */
    int position() {
        return index;
    }

}
