package org.expodesk.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import tools.jackson.databind.node.ObjectNode;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ScanViewTest extends ScreenTest {

    @Autowired
    GateScreensFixture fixture;

    private GateScreensFixture.Fair fair;

    @BeforeEach
    void aFairAndItsVolunteer() {
        fair = fixture.fair(5000);
    }

    @Test
    void a_volunteer_picks_the_gate_and_a_handheld_scan_admits_then_the_same_badge_is_refused_with_time_and_gate() {
        String code = fixture.buyerBadge(fair, "李娜", "Li Na");
        TestData.signInAs(fair.volunteer());
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(ScanView.class);

        test(find(Button.class).withClassName("scan-gate").single()).click();
        assertThat(find(Span.class).id("scan-gate").getText()).isEqualTo("Gate N4 · Hall 4 north gate");
        handheld(code + "\n");

        assertThat(answer().getElement().getAttribute("result")).isEqualTo("ADMITTED");
        assertThat(text("scan-answer-headline")).isEqualTo("ADMITTED");
        assertThat(text("scan-answer-name")).isEqualTo("李娜");
        assertThat(ScreenTexts.of(answer())).contains("Li Na", "云溪商贸有限公司", "Buyer");
        assertThat(find(TextField.class).id("scan-field").getValue()).as("emptied for the next scan").isEmpty();

        handheld(code);

        assertThat(answer().getElement().getAttribute("result")).isEqualTo("ALREADY_ADMITTED");
        assertThat(text("scan-answer-headline")).isEqualTo("NO ENTRY");
        assertThat(text("scan-answer-reason")).matches("Already admitted at \\d\\d:\\d\\d at gate N4");
        assertThat(text("scan-answer-name")).isEqualTo("李娜");
    }

    @Test
    void the_refusals_are_said_in_words_in_chinese_and_the_answer_goes_away_on_a_tap() {
        TestData.signInAs(fair.volunteer());
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(ScanView.class);
        test(find(Button.class).withClassName("scan-gate").single()).click();

        handheld("https://example.com/not-a-badge");
        assertThat(text("scan-answer-headline")).isEqualTo("禁止入场");
        assertThat(text("scan-answer-reason")).isEqualTo("不是胸卡二维码");
        assertThat(answer().getStyle().get("background")).isEqualTo(ScanAnswerOverlay.RED);

        Div answer = answer();
        test(answer).click();
        assertThat(answer.isVisible()).isFalse();
        assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
    }

    @Test
    void the_gate_is_remembered_for_the_session_and_the_manual_entry_scans_going_out() {
        String code = fixture.buyerBadge(fair, "王芳", null);
        TestData.signInAs(fair.volunteer());
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(ScanView.class);
        test(find(Button.class).withClassName("scan-gate").single()).click();
        handheld(code);
        assertThat(text("scan-answer-headline")).isEqualTo("准许入场");

        navigate(ScanView.class);
        assertThat(find(Button.class).withClassName("scan-gate").exists()).as("no gate picker again").isFalse();
        test(find(Button.class).id("scan-direction-out")).click();
        test(find(TextArea.class).id("scan-manual-code")).setValue(code);
        test(find(Button.class).id("scan-manual-check")).click();

        assertThat(answer().getElement().getAttribute("result")).isEqualTo("EXITED");
        assertThat(text("scan-answer-headline")).isEqualTo("已登记出场");
        assertThat(answer().getStyle().get("background")).isEqualTo(ScanAnswerOverlay.GREEN);
    }

    @Test
    void a_volunteer_without_open_gates_is_told_to_ask_the_office() {
        var other = fixture.fair(100);
        TestData.signInAs(other.organiser());
        var gates = fixture.gatesOf(other);
        gates.setActive(other.gate().id(), false);
        TestData.signInAs(other.volunteer());
        UI.getCurrent().setLocale(AppLocales.EN);

        navigate(ScanView.class);

        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).id("scan-no-gates").getText())
                .contains("no open gate");
    }

    /** A handheld scanner types the code and presses Enter: the key event carries what the field holds. */
    private void handheld(String typed) {
        TextField field = find(TextField.class).id("scan-field");
        test(field).setValue(typed);
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("element" + ".value", typed);
        data.put("event.key === 'Enter'", true);
        field.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(field.getElement(), "keydown", data));
    }

    private Div answer() {
        return find(Div.class).id("scan-answer");
    }

    private String text(String id) {
        return find(Span.class, answer()).id(id).getText();
    }
}
