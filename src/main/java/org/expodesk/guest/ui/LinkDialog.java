package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.expodesk.guest.IssuedLink;
import org.expodesk.guest.RsvpQrCode;

/**
 * A fresh RSVP link to copy into WeChat or an SMS, with its QR code to show or forward. The link is shown only now;
 * asking again makes a new one and the old one stops working.
 */
class LinkDialog extends Dialog {

    LinkDialog(IssuedLink link) {
        setHeaderTitle(getTranslation("guest.link.title", link.guestNameZh()));
        setWidth("min(30rem, 96vw)");
        TextArea text = new TextArea(getTranslation("guest.link.copy"));
        text.setValue(getTranslation("guest.link.message", link.guestNameZh(), link.link()));
        text.setReadOnly(true);
        text.setWidthFull();
        text.setId("guest-link-text");
        text.addClassName("guest-link");
        byte[] png = RsvpQrCode.png(link.link(), 240);
        Image qr = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png),
                "rsvp-" + link.invitationId() + ".png", "image/png", png.length)), getTranslation("guest.link.qr"));
        qr.setWidth("240px");
        qr.setId("guest-link-qr");
        Button copy = new Button(getTranslation("guest.link.copy-button"), e -> {
            text.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", text.getValue());
        });
        copy.setId("guest-link-copy");
        add(text, qr, new Paragraph(getTranslation("guest.link.replaces")));
        getFooter().add(copy, new Button(getTranslation("action.close"), e -> close()));
    }
}
