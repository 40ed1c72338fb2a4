package org.expodesk.checkin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.EnumSet;
import javax.imageio.ImageIO;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.DeviceSummary;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GatesViewTest extends ScreenTest {

    @Autowired
    GateService gates;
    @Autowired
    DeviceService devices;

    private EventSummary event;

    @BeforeEach
    void signInAsTheEventsOrganiser() {
        event = testData.event("第七届云溪小商品博览会", "7th Yunxi Small Commodities Expo", 30);
        TestData.signInAs(testData.account("gate-screen-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
    }

    @Test
    void the_screen_and_its_dialogs_are_fully_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(GatesView.class);
            test(find(Button.class).id("gate-new")).click();
            Dialog dialog = find(Dialog.class).single();
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
            assertThat(ScreenTexts.of(dialog)).doesNotContain("!")
                    .contains(AppLocales.isChinese(locale) ? "准入证件类型" : "Badge types admitted");
            dialog.close();
        }
    }

    @Test
    void a_gate_created_on_the_screen_admits_the_types_ticked() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(GatesView.class);
        test(find(Button.class).id("gate-new")).click();
        test(find(TextField.class).id("gate-code")).setValue("n4");
        test(find(TextField.class).id("gate-name-zh")).setValue("4号馆北门");
        test(find(TextField.class).id("gate-name-en")).setValue("Hall 4 north gate");
        @SuppressWarnings("unchecked")
        CheckboxGroup<BadgeTypeSummary> types = find(CheckboxGroup.class).id("gate-types");
        BadgeTypeSummary exhibitor = types.getListDataView().getItems().filter(t -> t.code() == 1).findFirst().orElseThrow();
        types.setValue(java.util.Set.of(exhibitor));
        test(find(Button.class).id("gate-save")).click();

        GateSummary gate = gates.gatesOf(event.id()).getFirst();
        assertThat(gate.code()).isEqualTo("N4");
        assertThat(gate.nameEn()).isEqualTo("Hall 4 north gate");
        assertThat(gates.allowedTypes(gate.id())).containsExactly(exhibitor.id());
        Grid<GateSummary> grid = find(Grid.class).id("gate-grid");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("参展商");
    }

    @Test
    void registering_a_device_shows_a_qr_code_that_enrols_it_once() throws Exception {
        GateSummary gate = gates.create(event.id(), org.expodesk.checkin.GateDraft.of("S5", "5号馆南门", "Hall 5 south gate", null));
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(GatesView.class);
        Grid<GateSummary> grid = find(Grid.class).id("gate-grid");
        test(find(Button.class, test(grid).getCellComponent(0, 5)).id("gate-register-device-S5")).click();
        test(find(TextField.class).id("device-name")).setValue("South gate phone 1");
        test(find(Button.class).id("device-register-save")).click();

        String shownCode = find(Span.class).id("enrolment-code").getText();
        String src = find(Image.class).id("enrolment-qr").getSrc();
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertThat(decoded).isEqualTo(shownCode);
        assertThat(ScreenTexts.of(find(Dialog.class).single())).doesNotContain("!").contains("works once");

        var token = devices.enrol(decoded);
        assertThat(token.gateId()).isEqualTo(gate.id());
        assertThat(devices.authenticate(token.token())).isPresent();
    }

    @Test
    void revoking_a_device_on_the_screen_locks_its_token_out() {
        GateSummary gate = gates.create(event.id(), org.expodesk.checkin.GateDraft.of("E4", "4号馆东门", null, null));
        var token = devices.enrol(devices.register(gate.id(), "东门扫码枪").code());
        navigate(GatesView.class);
        DeviceSummary device = devices.devicesOf(event.id()).getFirst();

        Grid<DeviceSummary> grid = find(Grid.class).id("device-grid");
        test(find(Button.class, test(grid).getCellComponent(0, 4)).id("device-revoke-" + device.id())).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(devices.authenticate(token.token())).isEmpty();
        assertThat(devices.devicesOf(event.id()).getFirst().status()).isEqualTo("REVOKED");
    }
}
