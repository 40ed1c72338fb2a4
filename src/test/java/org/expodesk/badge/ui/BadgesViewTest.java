package org.expodesk.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.EnumSet;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeStatus;
import org.expodesk.badge.BadgeSummary;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

class BadgesViewTest extends ScreenTest {

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;
    @Autowired
    PersonService persons;

    private EventSummary event;
    private PersonSummary known;

    @BeforeEach
    void signInAsTheEventsOrganiser() {
        event = testData.event("第六届云溪小商品博览会", "6th Yunxi Small Commodities Expo", 30);
        TestData.signInAs(testData.account("badge-screen-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        known = persons.create(PersonDraft.of("赵敏", "Zhao Min", null, "云溪电视台", "13800138000", null));
    }

    @Test
    void the_screen_and_its_dialogs_are_fully_translated_in_both_languages() {
        issue(known, "媒体");
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(BadgesView.class);
            test(find(Button.class).id("badge-issue")).click();
            Dialog dialog = find(Dialog.class).single();
            test(find(RadioButtonGroup.class, dialog).id("badge-issue-mode"))
                    .selectItem(UI.getCurrent().getTranslation("badge.issue.new-person"));
            String texts = ScreenTexts.of(UI.getCurrent());
            assertThat(texts).doesNotContain("!");
            assertThat(texts).contains(AppLocales.isChinese(locale) ? "制发胸卡" : "Issue badge");
            dialog.close();
            Grid<BadgeSummary> grid = find(Grid.class).id("badge-grid");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 2))).isEqualTo(AppLocales.isChinese(locale) ? "媒体" : "Media");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 4))).isEqualTo(AppLocales.isChinese(locale) ? "有效" : "Valid");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 5))).doesNotContain("!");
            action(grid, "badge-revoke").click();
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
            test(find(ConfirmDialog.class).single()).cancel();
        }
    }

    @Test
    void a_badge_issued_to_a_new_person_appears_in_the_list() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        BadgesView view = navigate(BadgesView.class);
        test(find(Button.class).id("badge-issue")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(RadioButtonGroup.class, dialog).id("badge-issue-mode")).selectItem("新人员");
        test(find(Select.class, dialog).id("badge-issue-type")).selectItem("采购商");
        test(find(TextField.class, dialog).id("badge-person-name-zh")).setValue("孙立");
        test(find(TextField.class, dialog).id("badge-person-name-en")).setValue("Sun Li");
        test(find(TextField.class, dialog).id("badge-person-organisation")).setValue("青山五金制品厂");
        test(find(TextField.class, dialog).id("badge-person-mobile")).setValue("13912345678");
        test(find(Button.class, dialog).id("badge-issue-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        Grid<BadgeSummary> grid = grid(view);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).type().nameZh()).isEqualTo("采购商");
        assertThat(test(grid).getRow(0).nameZh()).isEqualTo("孙立");
    }

    @Test
    void revoking_asks_for_a_reason_and_the_status_filter_finds_the_revoked_badge() {
        issue(known, "媒体");
        UI.getCurrent().setLocale(AppLocales.EN);
        BadgesView view = navigate(BadgesView.class);
        action(grid(view), "badge-revoke").click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        test(find(TextField.class, confirm).id("badge-revoke-reason")).setValue("Left the delegation");
        test(confirm).confirm();

        test(find(Select.class).id("badge-filter-status")).selectItem("Revoked");
        Grid<BadgeSummary> grid = grid(view);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).status()).isEqualTo(BadgeStatus.REVOKED);
        assertThat(test(grid).getRow(0).revokeReason()).isEqualTo("Left the delegation");
        test(find(Select.class).id("badge-filter-status")).selectItem("Valid");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void reissuing_changes_the_type_and_keeps_one_valid_badge() {
        issue(known, "采购商");
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        BadgesView view = navigate(BadgesView.class);
        action(grid(view), "badge-reissue").click();
        Dialog dialog = find(Dialog.class).single();
        test(find(Select.class, dialog).id("badge-reissue-type")).selectItem("嘉宾");
        test(find(TextField.class, dialog).id("badge-reissue-reason")).setValue("升级为嘉宾");
        test(find(Button.class, dialog).id("badge-reissue-save")).click();

        test(find(Select.class).id("badge-filter-status")).selectItem("有效");
        Grid<BadgeSummary> grid = grid(view);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).type().nameZh()).isEqualTo("嘉宾");
    }

    @Test
    void the_row_download_streams_one_badge() throws Exception {
        issue(known, "媒体");
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        BadgesView view = navigate(BadgesView.class);

        ByteArrayOutputStream single = new ByteArrayOutputStream();
        Anchor rowDownload = action(grid(view), "badge-download").getParent().map(Anchor.class::cast).orElseThrow();
        test(rowDownload).download(single);
        assertThat(new PdfTextExtractor(new PdfReader(single.toByteArray())).getTextFromPage(1)).contains("赵敏", "媒体");
    }

    @Test
    void printing_the_list_shows_progress_then_a_download_that_is_offered_once() throws Exception {
        issue(known, "媒体");
        issue(persons.create(PersonDraft.of("钱雨", "Qian Yu", null, "云溪日报", null, null)), "采购商");
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        BadgesView view = navigate(BadgesView.class);
        HorizontalLayout panel = byId(view, "badge-print-panel");
        assertThat(panel.isVisible()).isFalse();

        test(find(Button.class).id("badge-print-selection")).click();

        assertThat(panel.isVisible()).isTrue();
        Anchor download = byId(panel, "badge-print-download");
        await().pollInSameThread().atMost(Duration.ofMinutes(1)).until(() -> {
            runPendingAccessTasks();
            return download.isVisible();
        });
        assertThat(find(Span.class).id("badge-print-status").getText()).isEqualTo("已完成：共 2 张胸卡（A4 纸每张 4 个）。");
        assertThat(byId(panel, "badge-print-cancel").isVisible()).isFalse();
        ByteArrayOutputStream sheets = new ByteArrayOutputStream();
        test(download).download(sheets);
        PdfReader reader = new PdfReader(sheets.toByteArray());
        assertThat(reader.getPageSize(1).getWidth()).isGreaterThan(590);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("赵敏", "钱雨", "第六届云溪小商品博览会");

        runPendingAccessTasks();
        assertThat(download.isVisible()).as("the file is deleted once downloaded").isFalse();
        assertThat(find(Span.class).id("badge-print-status").getText()).contains("已下载");
        test(find(Button.class).id("badge-print-close")).click();
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    void printing_a_list_without_valid_badges_says_so() {
        UI.getCurrent().setLocale(AppLocales.EN);
        BadgesView view = navigate(BadgesView.class);

        test(find(Button.class).id("badge-print-selection")).click();

        assertThat(byId(view, "badge-print-panel").isVisible()).isFalse();
        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all()).extracting(n -> test(n).getText())
                .containsExactly("There is no valid badge in this list to print.");
    }

    /** What the printing thread handed to UI.access: the test holds the session lock, so nothing has run it yet. */
    private static void runPendingAccessTasks() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** A component by id, visible or not (the browserless queries see only visible ones). */
    @SuppressWarnings("unchecked")
    private static <T extends com.vaadin.flow.component.Component> T byId(com.vaadin.flow.component.Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return (T) root;
        }
        return (T) root.getChildren().map(c -> {
            try {
                return (com.vaadin.flow.component.Component) byId(c, id);
            } catch (java.util.NoSuchElementException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    /** A button of the first row's action cell, found by its class name. */
    private Button action(Grid<BadgeSummary> grid, String className) {
        return test(grid).getCellComponent(0, 5).getChildren()
                .flatMap(c -> c instanceof Anchor a ? a.getChildren() : java.util.stream.Stream.of(c))
                .filter(c -> c.getClassNames().contains(className)).map(Button.class::cast).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<BadgeSummary> grid(BadgesView view) {
        return find(Grid.class, view).id("badge-grid");
    }

    private void issue(PersonSummary person, String typeNameZh) {
        long typeId = types.types(event.id()).stream().filter(t -> t.nameZh().equals(typeNameZh)).findFirst().orElseThrow().id();
        badges.issue(event.id(), person.id(), typeId);
    }
}
