package org.expodesk.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.expodesk.checkin.DeviceEnrolment;

/**
 * Shows a device's one-time enrolment code, as a QR code for the scanning app and as text to type. It is shown
 * only here and only now: the server keeps just its hash.
 */
class EnrolmentDialog extends Dialog {

    EnrolmentDialog(DeviceEnrolment enrolment, String gateName, ZoneId zone) {
        setHeaderTitle(getTranslation("checkin.enrol.title", enrolment.name()));
        setWidth("min(26rem, 100vw)");
        Image qr = new Image(EnrolmentQr.dataUrl(enrolment.code()), getTranslation("checkin.enrol.qr-alt"));
        qr.setId("enrolment-qr");
        qr.setWidth("240px");
        qr.setHeight("240px");
        Span code = new Span(enrolment.code());
        code.setId("enrolment-code");
        code.addClassName("enrolment-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "1.5rem").set("letter-spacing", "0.1em");
        String expires = DateTimeFormatter.ofPattern("HH:mm").format(enrolment.expiresAt().atZone(zone));
        Paragraph hint = new Paragraph(getTranslation("checkin.enrol.hint", gateName, expires));
        Paragraph api = new Paragraph(getTranslation("checkin.enrol.api"));
        api.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout body = new VerticalLayout(qr, code, hint, api);
        body.setAlignItems(VerticalLayout.Alignment.CENTER);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("enrolment-close");
        getFooter().add(close);
    }
}
