package org.expodesk.unit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.List;
import org.expodesk.person.PersonSummary;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Building and searching the tree, without Spring or a UI. */
class UnitTreeTest {

    private final UnitSummary city = unit(1, null, "青山市", "Qingshan City", UnitKind.CITY, null);
    private final UnitSummary county = unit(2, 1L, "云溪县", "Yunxi County", UnitKind.COUNTY,
            new PersonSummary(10, "李敏", "Li Min", "县商务局副局长", null, "13905792002", "0579-85123456", null));
    private final UnitSummary township = unit(3, 2L, "溪口镇", null, UnitKind.TOWNSHIP, null);
    private final UnitSummary bureau = unit(4, 1L, "市商务局", null, UnitKind.DEPARTMENT, null);
    /** Township first: the tree must not depend on the order the list comes in. */
    private final List<UnitSummary> all = List.of(township, city, county, bureau);

    @Test
    void every_unit_sits_under_its_parent() {
        TreeData<UnitSummary> tree = UnitTree.of(all, u -> true);

        assertThat(tree.getRootItems()).containsExactly(city);
        assertThat(tree.getChildren(city)).containsExactly(county, bureau);
        assertThat(tree.getChildren(county)).containsExactly(township);
    }

    @Test
    void a_match_keeps_the_units_above_it_and_drops_the_rest() {
        TreeData<UnitSummary> tree = UnitTree.of(all, UnitTree.matching("溪口", k -> k.name()));

        assertThat(tree.getRootItems()).containsExactly(city);
        assertThat(tree.getChildren(city)).containsExactly(county);
        assertThat(tree.getChildren(county)).containsExactly(township);
    }

    @Test
    void search_finds_english_names_liaisons_and_phones_however_they_are_typed() {
        assertThat(matches("yunxi COUNTY")).containsExactly(county);
        assertThat(matches("李敏")).containsExactly(county);
        assertThat(matches("139 0579 2002")).containsExactly(county);
        assertThat(matches("057985123456")).containsExactly(county);
        assertThat(matches("DEPARTMENT")).containsExactly(bureau);
        assertThat(matches("  ")).hasSize(4);
    }

    private List<UnitSummary> matches(String query) {
        return all.stream().filter(UnitTree.matching(query, k -> k.name())).toList();
    }

    private static UnitSummary unit(long id, @Nullable Long parentId, String nameZh, @Nullable String nameEn, UnitKind kind,
            @Nullable PersonSummary liaison) {
        return new UnitSummary(id, parentId, nameZh, nameEn, kind, 0, null, liaison);
    }
}
