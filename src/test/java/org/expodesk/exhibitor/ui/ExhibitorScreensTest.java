package org.expodesk.exhibitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.Wall;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.exhibitor.ExhibitorCategory;
import org.expodesk.exhibitor.ExhibitorFixtures;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationDraft;
import org.expodesk.exhibitor.RegistrationService;
import org.expodesk.exhibitor.RegistrationStatus;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The exhibitor screens without a browser: registration, the office's queue and detail, the company's own screens. */
class ExhibitorScreensTest extends ScreenTest {

    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired RegistrationService registrations;
    @Autowired ExhibitorService exhibitors;
    @Autowired HallService halls;
    @Autowired BoothService booths;

    private EventSummary event;

    @BeforeEach
    void anOpenEvent() {
        event = ExhibitorFixtures.openEvent(events, transactions);
    }

    @Test
    void a_company_fills_in_the_public_page_in_chinese_and_is_told_what_to_sign_in_with() {
        ExhibitorFixtures.signInAnonymously();
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        RegistrationView view = navigate(RegistrationView.class, event.id());
        assertThat(find(H2.class).id("register-event").getText()).isEqualTo("第四届云溪小商品博览会");
        assertThat(ScreenTexts.of(view)).contains("统一社会信用代码", "提交报名").doesNotContain("!exhibitor");

        String mobile = ExhibitorFixtures.mobile();
        fill("云溪页面测试五金有限公司", ExhibitorFixtures.creditCode(), mobile);
        test(find(Button.class).id("register-submit")).click();

        assertThat(ScreenTexts.of(find(com.vaadin.flow.component.html.Div.class).id("register-done")))
                .contains("报名已提交", "云溪页面测试五金有限公司", mobile);
    }

    @Test
    void field_errors_show_in_english_and_a_wrong_check_character_is_one_of_them() {
        ExhibitorFixtures.signInAnonymously();
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(RegistrationView.class, event.id());
        String code = ExhibitorFixtures.creditCode();
        fill("云溪错码测试有限公司", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'), ExhibitorFixtures.mobile());

        test(find(Button.class).id("register-submit")).click();

        TextField creditCode = find(TextField.class).id("register-credit-code");
        assertThat(creditCode.isInvalid()).isTrue();
        assertThat(creditCode.getErrorMessage()).contains("check");
        assertThat(find(Paragraph.class).id("register-error").getText()).isEqualTo("Please correct the fields marked in red.");
    }

    @Test
    void a_second_registration_of_the_code_is_refused_on_the_page_with_the_reason() {
        RegistrationDraft first = ExhibitorFixtures.registration("云溪首报企业有限公司");
        ExhibitorFixtures.signInAnonymously();
        registrations.register(event.id(), first, ExhibitorFixtures.unique("10.2"));
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(RegistrationView.class, event.id());
        fill("云溪重报企业有限公司", first.getCreditCode(), ExhibitorFixtures.mobile());

        test(find(Button.class).id("register-submit")).click();

        assertThat(find(Paragraph.class).id("register-error").getText()).contains("已报名本活动");
        assertThat(find(TextField.class).id("register-credit-code").isInvalid()).isTrue();
    }

    @Test
    void an_event_without_registration_says_so() {
        EventSummary planning = testData.event("第五届云溪小商品博览会", "5th Yunxi Small Commodities Expo", 400);
        ExhibitorFixtures.signInAnonymously();
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(RegistrationView.class, planning.id());

        assertThat(find(Paragraph.class).id("register-closed").getText()).isEqualTo("本活动当前不接受报名。");
    }

    @Test
    void the_office_filters_the_queue_opens_a_registration_and_approves_it() {
        ExhibitorFixtures.signInAnonymously();
        ExhibitorSummary company = registrations.register(event.id(), ExhibitorFixtures.registration("云溪队列测试有限公司"),
                ExhibitorFixtures.unique("10.3"));
        registrations.register(event.id(), ExhibitorFixtures.registration("云溪另一家有限公司"), ExhibitorFixtures.unique("10.3"));
        AppUser organiser = ExhibitorFixtures.organiserOf(testData, event);
        TestData.signInAs(organiser);
        remember(organiser);
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        ExhibitorsView view = navigate(ExhibitorsView.class);

        Grid<ExhibitorSummary> grid = find(Grid.class).id("exhibitor-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        test(find(TextField.class).id("exhibitor-filter-text")).setValue("队列测试");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("云溪队列测试有限公司");

        view.open(company);
        Dialog detail = find(Dialog.class).id("exhibitor-detail");
        assertThat(ScreenTexts.of(detail)).contains(company.creditCode(), "已提交", "审核记录");
        test(find(Button.class, detail).id("exhibitor-approve")).click();

        assertThat(exhibitors.find(company.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(ScreenTexts.of(find(Dialog.class).id("exhibitor-detail"))).contains("已通过", "已提交 → 已通过");
    }

    @Test
    void an_approved_company_sees_its_status_picks_a_booth_on_its_plan_and_confirms_it() {
        AppUser organiser = ExhibitorFixtures.organiserOf(testData, event);
        TestData.signInAs(organiser);
        HallDraft hall = new HallDraft();
        hall.setCode("4");
        hall.setNameZh("4号馆");
        hall.setNameEn("Hall 4");
        hall.setWidth(new BigDecimal("40"));
        hall.setDepth(new BigDecimal("20"));
        hall.setEntrances(List.of(new Entrance("北门", Wall.NORTH, BigDecimal.TEN)));
        long hallId = halls.create(event.id(), hall).id();
        BoothBlock block = BoothBlock.standardShells(1, 4, BigDecimal.ONE, BigDecimal.ONE, "A-{n:03}");
        block.setPrice(new BigDecimal("6800"));
        List<BoothSummary> row = booths.generate(hallId, block);
        ExhibitorFixtures.signInAnonymously();
        RegistrationDraft draft = ExhibitorFixtures.registration("云溪自助测试有限公司");
        ExhibitorSummary company = registrations.register(event.id(), draft, ExhibitorFixtures.unique("10.4"));
        TestData.signInAs(organiser);
        exhibitors.approve(company.id(), company.version());
        AppUser exhibitor = testData.account(draft.login(), EnumSet.of(Role.EXHIBITOR), event.id());
        TestData.signInAs(exhibitor);
        remember(exhibitor);
        UI.getCurrent().setLocale(AppLocales.ZH_CN);

        MyBoothPlanView plan = navigate(MyBoothPlanView.class);
        plan.openCard(row.get(1).id());
        test(find(Button.class).id("my-booth-hold")).click();
        assertThat(plan.plan().getPlanJson()).contains("我的展位");
        test(find(Button.class).id("my-booth-confirm")).click();

        MyCompanyView home = navigate(MyCompanyView.class);
        String texts = ScreenTexts.of(home);
        assertThat(texts).contains("云溪自助测试有限公司", "已通过", "A-002", "已分配", "可登记 2 人").doesNotContain("!exhibitor");
    }

    private void fill(String name, String creditCode, String mobile) {
        test(find(TextField.class).id("register-name-zh")).setValue(name);
        test(find(TextField.class).id("register-credit-code")).setValue(creditCode);
        test(find(TextField.class).id("register-address")).setValue("青山市云溪县商城大道 18 号");
        test(find(TextField.class).id("register-contact")).setValue("王丽");
        test(find(TextField.class).id("register-mobile")).setValue(mobile);
        test(find(EmailField.class).id("register-email")).setValue(ExhibitorFixtures.unique("sales") + "@example.cn");
        find(Select.class).id("register-category").setValue(ExhibitorCategory.HARDWARE);
        test(find(TextArea.class).id("register-products")).setValue("不锈钢保温杯");
        test(find(PasswordField.class).id("register-password")).setValue("Yunxi-Expo-2026!");
        test(find(PasswordField.class).id("register-password-repeat")).setValue("Yunxi-Expo-2026!");
    }

    /** The current event of the session is the test's event: the only one assigned to the account. */
    private static void remember(AppUser user) {
        assertThat(user.roles()).isNotEmpty();
    }
}
