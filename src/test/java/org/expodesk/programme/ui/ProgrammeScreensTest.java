package org.expodesk.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.programme.PlaceDraft;
import org.expodesk.programme.PlaceKind;
import org.expodesk.programme.PlaceService;
import org.expodesk.programme.PlaceSummary;
import org.expodesk.programme.ProgrammeService;
import org.expodesk.programme.SessionDraft;
import org.expodesk.programme.SessionKind;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The programme's screens without a browser: translated in both languages, conflicts shown and kept, the public page. */
class ProgrammeScreensTest extends ScreenTest {

    @Autowired
    ProgrammeService programme;
    @Autowired
    PlaceService places;
    @Autowired
    PersonService persons;

    EventSummary event;
    PlaceSummary room;
    PersonSummary speaker;
    LocalDate first;

    @BeforeEach
    void anEventWithTwoClashingSessions() {
        event = testData.event("第七届云溪小商品博览会", "7th Yunxi Small Commodities Expo", 30);
        first = event.startDate();
        TestData.signInAs(testData.account("programme-screen-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        room = places.create(event.id(), PlaceDraft.of(PlaceKind.ROOM, "第一会议室", "Meeting Room 1", null));
        speaker = persons.create(PersonDraft.of("马骏", "Ma Jun", "管委会主任", "空港产业园", "13905796001", null));
        SessionDraft promotion = draft("空港产业园推介会", "Airport Industrial Park Promotion", "09:00", "10:00");
        promotion.setSpeakerIds(List.of(speaker.id()));
        programme.create(event.id(), promotion);
        SessionDraft clash = draft("新闻发布会", "Press Conference", "09:30", "10:30");
        clash.setKeepConflicts(true);
        programme.create(event.id(), clash);
    }

    SessionDraft draft(String zh, String en, String from, String to) {
        SessionDraft d = new SessionDraft();
        d.setKind(SessionKind.PROMOTION_MEETING);
        d.setTitleZh(zh);
        d.setTitleEn(en);
        d.setStart(first.atTime(java.time.LocalTime.parse(from)));
        d.setEnd(first.atTime(java.time.LocalTime.parse(to)));
        return d.at(room);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_programme_screen_and_the_form_are_fully_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(SessionsView.class);
            Grid<SessionSummary> grid = find(Grid.class).id("session-grid");
            assertThat(test(grid).size()).isEqualTo(2);
            String list = ScreenTexts.of(UI.getCurrent()) + ScreenTexts.of(test(grid).getCellComponent(1, 1));
            assertThat(list).doesNotContain("!").contains(AppLocales.isChinese(locale) ? "日程安排" : "Programme");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(1, 1)))
                    .contains(AppLocales.isChinese(locale) ? "冲突已由" : "Conflicts kept knowingly by");

            test(find(Button.class).id("session-new")).click();
            Dialog form = find(Dialog.class).single();
            assertThat(ScreenTexts.of(form)).doesNotContain("!").contains(AppLocales.isChinese(locale) ? "活动名称（中文）" : "Title (Chinese)");
            assertThat(form.getHeaderTitle()).isEqualTo(AppLocales.isChinese(locale) ? "新增日程活动" : "New session");
            form.close();
            test(find(Button.class).id("programme-places")).click();
            Dialog placesDialog = find(Dialog.class).single();
            assertThat(ScreenTexts.of(placesDialog)).doesNotContain("!").contains(AppLocales.isChinese(locale) ? "名称（中文）" : "Name (Chinese)");
            placesDialog.close();

            navigate(TimelineView.class);
            assertThat(ScreenTexts.of(find(Div.class).id("day-timeline"))).doesNotContain("!").contains("第一会议室".equals(room.name(locale))
                    ? "第一会议室" : "Meeting Room 1", "09:00–10:00");

            navigate(PersonScheduleView.class);
            ((ComboBox<PersonSummary>) find(ComboBox.class).id("person-pick")).setValue(speaker);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!").contains(AppLocales.isChinese(locale)
                    ? "空港产业园推介会" : "Airport Industrial Park Promotion");
        }
    }

    @Test
    void a_clash_found_on_saving_is_shown_and_kept_only_when_the_organiser_says_so() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(SessionsView.class);
        test(find(Button.class).id("session-new")).click();
        Dialog dialog = find(Dialog.class).single();
        test(find(Select.class, dialog).id("session-kind")).selectItem("对接会");
        test(find(TextField.class, dialog).id("session-title-zh")).setValue("新能源对接会");
        test(find(TextField.class, dialog).id("session-title-en")).setValue("New Energy Matchmaking");
        find(DateTimePicker.class, dialog).id("session-start").setValue(first.atTime(9, 45));
        find(DateTimePicker.class, dialog).id("session-end").setValue(first.atTime(11, 0));
        test(find(Select.class, dialog).id("session-place")).selectItem("第一会议室 · 会议室");
        test(find(Button.class, dialog).id("session-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(ScreenTexts.of(dialog)).contains("发现 2 处冲突", "与“空港产业园推介会”同时使用同一场地。");
        assertThat(programme.count(event.id(), org.expodesk.programme.SessionFilter.all())).isEqualTo(2);
        Button keep = find(Button.class, dialog).id("session-keep");
        assertThat(keep.isVisible()).isTrue();
        test(keep).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(programme.sessions(event.id())).filteredOn(s -> s.titleZh().equals("新能源对接会")).singleElement()
                .satisfies(s -> {
                    assertThat(s.conflictsKept()).isTrue();
                    assertThat(s.localStart()).isEqualTo(LocalDateTime.of(first, java.time.LocalTime.of(9, 45)));
                });
    }

    @Test
    void the_public_page_shows_the_days_public_sessions_to_anybody_in_either_language() {
        SessionDraft internal = draft("组委会调度会", "Committee dispatch", "18:00", "19:00");
        internal.setPublicSession(false);
        programme.create(event.id(), internal);
        TestData.signOut();

        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(PublicProgrammeView.class, java.util.Map.of("eventId", String.valueOf(event.id())));
            String texts = ScreenTexts.of(find(Div.class).id("public-programme-sessions"));
            assertThat(texts).contains(AppLocales.isChinese(locale) ? "空港产业园推介会" : "Airport Industrial Park Promotion",
                    AppLocales.isChinese(locale) ? "马骏" : "Ma Jun", "09:00–10:00").doesNotContain("组委会调度会", "Committee dispatch");
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!");
        }
    }
}
