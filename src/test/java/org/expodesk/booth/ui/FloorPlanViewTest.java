package org.expodesk.booth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server side of the floor plan: the JSON the browser draws, and the card a click on a booth opens. */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ViewPackages(packages = "org.expodesk")
class FloorPlanViewTest extends SpringBrowserlessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;

    @Autowired
    HallService halls;

    @Autowired
    BoothService booths;

    private HallSummary four;
    private List<BoothSummary> rowA;

    @BeforeEach
    void anEventWithTwoHalls() {
        EventSummary event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 30);
        TestData.signInAs(data.account("organiser-plan-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        four = halls.create(event.id(), hall("4", "4号馆", "Hall 4"));
        HallSummary five = halls.create(event.id(), hall("5", "5号馆", "Hall 5"));
        rowA = booths.generate(four.id(), block(1, 4, "A-{n:03}"));
        booths.generate(five.id(), block(2, 3, "F-{n:03}"));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_browser_receives_the_first_hall_with_its_booths_in_metres_and_a_translated_legend() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        FloorPlanView view = navigate(FloorPlanView.class);

        JsonNode plan = JSON.readTree(view.plan().getPlanJson());
        assertThat(plan.get("hall").get("name").asString()).isEqualTo("4号馆");
        assertThat(plan.get("hall").get("width").asDouble()).isEqualTo(130.0);
        assertThat(plan.get("hall").get("entrances").get(0).get("label").asString()).isEqualTo("北门");
        assertThat(plan.get("booths")).hasSize(4);
        JsonNode second = plan.get("booths").get(1);
        assertThat(second.get("code").asString()).isEqualTo("A-002");
        assertThat(second.get("x").asDouble()).isEqualTo(13.0);
        assertThat(second.get("w").asDouble()).isEqualTo(3.0);
        assertThat(second.get("status").asString()).isEqualTo("FREE");
        assertThat(plan.get("legend").get(0).get("label").asString()).isEqualTo("空闲");
        assertThat(plan.get("legend").get(0).get("count").asInt()).isEqualTo(4);
        assertThat(plan.get("kinds").get("RAW_SPACE").asString()).isEqualTo("光地");

        test(find(Tabs.class).id("hall-tabs")).select(1);
        JsonNode hallFive = JSON.readTree(view.plan().getPlanJson());
        assertThat(hallFive.get("hall").get("code").asString()).isEqualTo("5");
        assertThat(hallFive.get("booths")).hasSize(6);
    }

    @Test
    void a_click_on_a_booth_opens_its_card_and_outlines_it() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        FloorPlanView view = navigate(FloorPlanView.class);

        new FloorPlanTester(view.plan()).clickBooth(rowA.get(1).id());

        assertThat(find(H3.class).id("booth-card-code").getText()).isEqualTo("A-002");
        String card = ScreenTexts.of(find(com.vaadin.flow.component.html.Div.class).id("booth-card"));
        assertThat(card).contains("标准展位", "3 × 3 米", "9 平方米", "6,800 元", "空闲");
        assertThat(view.plan().getElement().getProperty("selected", 0.0)).isEqualTo((double) rowA.get(1).id());
    }

    @Test
    void blocking_from_the_card_recolours_the_booth_on_the_plan() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        FloorPlanView view = navigate(FloorPlanView.class);
        new FloorPlanTester(view.plan()).clickBooth(rowA.get(0).id());

        test(find(Button.class).id("booth-card-block")).click();

        JsonNode plan = JSON.readTree(view.plan().getPlanJson());
        assertThat(plan.get("booths").get(0).get("status").asString()).isEqualTo("BLOCKED");
        assertThat(find(Button.class).id("booth-card-block").getText()).isEqualTo("解除锁定");
    }

    @Test
    void merging_with_a_neighbour_and_splitting_again_redraw_the_plan() {
        UI.getCurrent().setLocale(AppLocales.EN);
        FloorPlanView view = navigate(FloorPlanView.class);
        new FloorPlanTester(view.plan()).clickBooth(rowA.get(2).id());

        @SuppressWarnings("unchecked")
        Select<BoothSummary> neighbour = find(Select.class).id("booth-card-neighbour");
        assertThat(test(neighbour).getSuggestions()).containsExactly("A-002", "A-004");
        test(neighbour).selectItem("A-004");
        test(find(Button.class).id("booth-card-merge")).click();

        JsonNode merged = JSON.readTree(view.plan().getPlanJson());
        assertThat(merged.get("booths")).hasSize(3);
        assertThat(find(H3.class).id("booth-card-code").getText()).isEqualTo("A-003");
        assertThat(ScreenTexts.of(find(com.vaadin.flow.component.html.Div.class).id("booth-card"))).contains("6 × 3 m", "18 m²", "¥13,600");

        test(find(Button.class).id("booth-card-split")).click();
        Dialog split = find(Dialog.class).single();
        test(find(Button.class, split).id("split-confirm")).click();
        JsonNode again = JSON.readTree(view.plan().getPlanJson());
        assertThat(again.get("booths")).extracting(b -> b.get("code").asString()).containsExactly("A-001", "A-002", "A-003A", "A-003B");
    }

    @Test
    void a_refused_edit_lists_the_overlapping_booths_and_keeps_the_form_open() {
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        FloorPlanView view = navigate(FloorPlanView.class);
        new FloorPlanTester(view.plan()).clickBooth(rowA.get(0).id());
        test(find(Button.class).id("booth-card-edit")).click();
        Dialog dialog = find(Dialog.class).single();

        find(com.vaadin.flow.component.textfield.BigDecimalField.class, dialog).id("booth-x").setValue(new BigDecimal("11"));
        test(find(Button.class, dialog).id("booth-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(ScreenTexts.of(dialog)).contains("展位 A-001 与 A-002 相互重叠。");
    }

    @Test
    void the_screen_is_fully_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            FloorPlanView view = navigate(FloorPlanView.class);
            new FloorPlanTester(view.plan()).clickBooth(rowA.get(0).id());
            String texts = ScreenTexts.of(UI.getCurrent()) + view.plan().getPlanJson();
            assertThat(texts).doesNotContain("!booth.", "!nav.", "!action.");
            assertThat(texts).contains(AppLocales.isChinese(locale) ? "展位平面图" : "Floor plan");
        }
    }

    @Test
    void an_event_without_halls_says_where_to_add_them() {
        EventSummary empty = data.event("投洽会", "Investment Fair", 60);
        TestData.signInAs(data.account("organiser-no-halls-" + empty.id(), EnumSet.of(Role.ORGANISER), empty.id()));
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(FloorPlanView.class);
        assertThat(find(Paragraph.class).id("floor-plan-empty").getText()).contains("Halls & booths");
    }

    private static HallDraft hall(String code, String zh, String en) {
        HallDraft draft = new HallDraft();
        draft.setCode(code);
        draft.setNameZh(zh);
        draft.setNameEn(en);
        draft.setWidth(new BigDecimal("130"));
        draft.setDepth(new BigDecimal("100"));
        draft.setEntrances(List.of(new org.expodesk.booth.Entrance("北门", org.expodesk.booth.Wall.NORTH, new BigDecimal("65"))));
        return draft;
    }

    private static BoothBlock block(int rows, int columns, String pattern) {
        BoothBlock block = new BoothBlock();
        block.setRows(rows);
        block.setColumns(columns);
        block.setX(new BigDecimal("10"));
        block.setY(new BigDecimal("10"));
        block.setCodePattern(pattern);
        block.setPrice(new BigDecimal("6800"));
        return block;
    }
}
