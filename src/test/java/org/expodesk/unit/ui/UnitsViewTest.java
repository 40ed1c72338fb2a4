package org.expodesk.unit.ui;

import org.expodesk.support.ScreenTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.dom.Element;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The units screen as an organiser uses it, without a browser: the real view, services and database. */
class UnitsViewTest extends ScreenTest {

    private static final Pattern MISSING_LABEL = Pattern.compile("![a-z][\\w.-]*!");

    @Autowired
    UnitService units;

    /** The database is shared with other tests: every name carries this tag, and the screen is searched by it. */
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private UnitSummary city;
    private UnitSummary county;
    private UnitSummary township;

    @BeforeEach
    void signInAsOrganiserWithATree() {
        TestData.signInAs(testData.account("units-view-organiser", EnumSet.of(Role.ORGANISER)));
        city = units.create(draft(null, "青山市", UnitKind.CITY, "陈建国", "副市长", "13905791001", "周晓燕", "13905791002"));
        county = units.create(draft(city.id(), "云溪县", UnitKind.COUNTY, "王志刚", "副县长", "13905792001", "李敏", "13905792002"));
        township = units.create(draft(county.id(), "溪口镇", UnitKind.TOWNSHIP, "冯强", "副镇长", "13905792201", null, null));
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
    }


    @Test
    void tree_lists_the_units_with_their_leader_and_liaison() {
        GridTester<?, UnitSummary> grid = openAndSearch(tag);

        assertThat(rowNames(grid)).containsExactly(tagged("青山市"), tagged("云溪县"), tagged("溪口镇"));
        assertThat(cellText(grid, 1, "kind")).isEqualTo("县");
        assertThat(cellText(grid, 1, "leader")).contains("王志刚", "副县长", "13905792001");
        assertThat(cellText(grid, 1, "liaison")).contains("李敏", "13905792002");
        assertThat(cellText(grid, 2, "liaison")).isEqualTo("未指定");
    }

    @Test
    void search_keeps_the_units_above_a_match() {
        assertThat(rowNames(openAndSearch(tagged("溪口镇")))).containsExactly(tagged("青山市"), tagged("云溪县"), tagged("溪口镇"));

        // A liaison's mobile, typed the way people say it, finds the unit.
        test(find(TextField.class).id("unit-search")).setValue("139 0579 2002");
        assertThat(rowNames(grid())).contains(tagged("云溪县")).doesNotContain(tagged("溪口镇"));
    }

    @Test
    void form_creates_a_sub_unit_in_chinese_that_appears_in_the_tree() {
        GridTester<?, UnitSummary> grid = openAndSearch(tag);
        click(grid, 1, "unit-add-sub");

        assertThat(test(find(ComboBox.class).id("unit-parent")).getSelected()).isEqualTo(county);
        assertThat(find(Select.class).id("unit-kind").getValue()).isEqualTo(UnitKind.TOWNSHIP);
        test(find(TextField.class).id("unit-name-zh")).setValue(tagged("商城街道"));
        test(find(TextField.class).id("unit-leader-name")).setValue("何国平");
        test(find(TextField.class).id("unit-leader-title")).setValue("党工委副书记");
        test(find(TextField.class).id("unit-leader-mobile")).setValue("13905792101");
        test(find(TextField.class).id("unit-liaison-name")).setValue("许丽");
        test(find(TextField.class).id("unit-liaison-mobile")).setValue("13905792102");
        test(find(Button.class).id("unit-save")).click();

        assertThat(notificationTexts()).contains("已保存：" + tagged("商城街道"));
        assertThat(rowNames(grid())).containsExactly(tagged("青山市"), tagged("云溪县"), tagged("商城街道"), tagged("溪口镇"));
        assertThat(cellText(grid(), 2, "liaison")).contains("许丽", "13905792102");
        assertThat(units.tree()).anySatisfy(u -> {
            assertThat(u.nameZh()).isEqualTo(tagged("商城街道"));
            assertThat(u.parentId()).isEqualTo(county.id());
            assertThat(u.leader().title()).isEqualTo("党工委副书记");
        });
    }

    @Test
    void a_wrong_placement_is_marked_on_the_parent_and_nothing_is_saved() {
        GridTester<?, UnitSummary> grid = openAndSearch(tag);
        click(grid, 1, "unit-edit");

        test(find(Select.class).id("unit-kind")).selectItem("乡镇（街道）");
        ComboBox<?> parent = find(ComboBox.class).id("unit-parent");
        assertThat(parent.isInvalid()).isTrue();
        assertThat(parent.getErrorMessage()).isEqualTo("乡镇（街道）不能隶属于市，请选择相应层级的上级单位。");
        test(find(Button.class).id("unit-save")).click();

        assertThat(notificationTexts()).contains("请更正标出的字段。");
        assertThat(units.find(county.id()).orElseThrow().kind()).isEqualTo(UnitKind.COUNTY);
    }

    @Test
    void a_refusal_of_the_service_is_told_and_the_form_stays_open() {
        GridTester<?, UnitSummary> grid = openAndSearch(tag);
        click(grid, 1, "unit-edit");

        // A department may sit under the city, but the county's township may not sit under a department.
        test(find(Select.class).id("unit-kind")).selectItem("部门");
        test(find(Button.class).id("unit-save")).click();

        assertThat(notificationTexts()).contains("下属单位“" + tagged("溪口镇") + "”不能隶属于新类型的单位，请先调整它。");
        assertThat(find(Button.class).withId("unit-save").exists()).isTrue();
        assertThat(units.find(county.id()).orElseThrow().kind()).isEqualTo(UnitKind.COUNTY);
    }

    @Test
    void delete_asks_first_and_refuses_a_unit_that_still_has_sub_units() {
        GridTester<?, UnitSummary> grid = openAndSearch(tag);
        click(grid, 1, "unit-delete");
        test(find(ConfirmDialog.class).id("unit-delete-confirm")).confirm();

        assertThat(notificationTexts()).contains("“" + tagged("云溪县") + "”仍有下属单位，请先移动或删除。");
        assertThat(units.find(county.id())).isPresent();

        click(grid(), 2, "unit-delete");
        test(find(ConfirmDialog.class).id("unit-delete-confirm")).confirm();
        assertThat(units.find(township.id())).isEmpty();
        assertThat(rowNames(grid())).containsExactly(tagged("青山市"), tagged("云溪县"));
    }

    @Test
    void editing_a_unit_someone_else_deleted_is_told_and_the_tree_refreshed() {
        GridTester<?, UnitSummary> grid = openAndSearch(tag);
        units.delete(township.id());

        click(grid, 2, "unit-edit");

        assertThat(notificationTexts()).anyMatch(text -> text.contains("不存在"));
        assertThat(rowNames(grid())).doesNotContain(tagged("溪口镇"));
    }

    @Test
    void screen_and_form_are_fully_translated_in_chinese_and_english() {
        for (Locale locale : List.of(AppLocales.ZH_CN, AppLocales.EN)) {
            UI.getCurrent().setLocale(locale);
            GridTester<?, UnitSummary> grid = openAndSearch(tag);
            click(grid, 1, "unit-edit");

            List<String> texts = renderedTexts(grid);
            assertThat(texts).as(locale.toString()).noneMatch(t -> MISSING_LABEL.matcher(t).find());
            if (AppLocales.isChinese(locale)) {
                assertThat(texts).contains("单位管理", "分管领导", "联络员", "办公电话");
            } else {
                assertThat(texts).contains("Participating units", "Leader in charge", "Liaison", "Office phone");
                // Without an English name the Chinese one is shown, never a blank.
                assertThat(rowNames(grid)).contains(tagged("云溪县"));
            }
            test(find(Button.class).id("unit-cancel")).click();
        }
    }

    @Test
    void on_a_phone_the_contact_columns_give_way_to_a_line_under_the_name() {
        UnitsView view = navigate(UnitsView.class);
        test(find(TextField.class).id("unit-search")).setValue(tag);
        GridTester<?, UnitSummary> grid = grid();

        view.fitTo(390);
        assertThat(grid.getComponent().getColumnByKey("leader").isVisible()).isFalse();
        assertThat(grid.getComponent().getColumnByKey("liaison").isVisible()).isFalse();
        assertThat(grid.getComponent().getColumnByKey("kind").isVisible()).isFalse();
        assertThat(cellText(grid, 1, "name")).contains(tagged("云溪县"), "县", "李敏", "13905792002");

        view.fitTo(1280);
        assertThat(grid.getComponent().getColumnByKey("liaison").isVisible()).isTrue();
    }

    private GridTester<?, UnitSummary> openAndSearch(String query) {
        navigate(UnitsView.class);
        test(find(TextField.class).id("unit-search")).setValue(query);
        return grid();
    }

    @SuppressWarnings("unchecked")
    private GridTester<?, UnitSummary> grid() {
        return test(find(UnitTreeGrid.class).id("unit-grid"));
    }

    private static List<String> rowNames(GridTester<?, UnitSummary> grid) {
        List<String> names = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            names.add(grid.getRow(row).nameZh());
        }
        return names;
    }

    private static String cellText(GridTester<?, UnitSummary> grid, int row, String column) {
        var col = grid.getComponent().getColumnByKey(column);
        int index = grid.getComponent().getColumns().indexOf(col);
        if (col.getRenderer() instanceof ComponentRenderer<?, ?>) {
            return grid.getCellComponent(row, index).getElement().getTextRecursively().strip();
        }
        return grid.getCellText(row, index);
    }

    private void click(GridTester<?, UnitSummary> grid, int row, String buttonClass) {
        Component actions = grid.getCellComponent(row, grid.getComponent().getColumns().size() - 1);
        test(find(Button.class, actions).withClassName(buttonClass).single()).click();
    }

    private List<String> notificationTexts() {
        return find(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }

    /** Every text the user could see: element texts, properties (labels, placeholders, titles) and attributes, plus grid cells. */
    private List<String> renderedTexts(GridTester<?, UnitSummary> grid) {
        List<String> texts = new ArrayList<>();
        for (Component component : find(Component.class).all()) {
            collect(component.getElement(), texts);
        }
        for (int row = 0; row < grid.size(); row++) {
            for (var column : grid.getComponent().getColumns()) {
                texts.add(cellText(grid, row, column.getKey()));
            }
        }
        for (int col = 0; col < grid.getComponent().getColumns().size(); col++) {
            texts.add(grid.getHeaderCell(col));
        }
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        element.getPropertyNames().forEach(name -> {
            Serializable value = element.getPropertyRaw(name);
            if (value instanceof String text) {
                texts.add(text);
            }
        });
        element.getAttributeNames().forEach(name -> texts.add(element.getAttribute(name)));
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private UnitDraft draft(@Nullable Long parentId, String nameZh, UnitKind kind, String leader, String leaderTitle,
            String leaderMobile, @Nullable String liaison, @Nullable String liaisonMobile) {
        UnitDraft draft = new UnitDraft();
        draft.setParentId(parentId);
        draft.setNameZh(tagged(nameZh));
        draft.setKind(kind);
        draft.setLeaderName(leader);
        draft.setLeaderTitle(leaderTitle);
        draft.setLeaderMobile(leaderMobile);
        draft.setLiaisonName(liaison);
        draft.setLiaisonMobile(liaisonMobile);
        return draft;
    }

    private String tagged(String name) {
        return name + "-" + tag;
    }
}
