package org.expodesk.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.expodesk.account.AccountDraft;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitDraft;
import org.expodesk.unit.UnitKind;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chinese text, fullwidth punctuation and four-byte characters (emoji need utf8mb4, not MySQL's 3-byte
 * utf8) come back exactly through the services, and are stored as the same UTF-8 bytes in the table: a
 * wrong connection charset can double-encode text and still read it back "right", so the bytes are checked too.
 */
@OnMySql
class MySqlChineseTextTest {

    /** Common Chinese, fullwidth low line and brackets, and a character outside the BMP. */
    private static final String MARK = "＿（名称）🎉";

    @Autowired
    EventService events;

    @Autowired
    PersonService persons;

    @Autowired
    UnitService units;

    @Autowired
    AccountService accounts;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdministrator() {
        TestData.signInAs(data.admin());
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_event_keeps_its_chinese_name_venue_and_address() {
        EventDraft draft = new EventDraft();
        draft.setNameZh("第四届云溪小商品博览会" + MARK);
        draft.setNameEn("4th Yunxi Small Commodities Expo 🎉");
        draft.setKind(EventKind.EXPO);
        draft.setStartDate(LocalDate.of(2027, 5, 18));
        draft.setEndDate(LocalDate.of(2027, 5, 21));
        draft.setVenueNameZh("云溪小商品城三期一楼 4号馆、5号馆（26,000 平方米）");
        draft.setVenueAddress("青山市云溪县商城大道 188 号" + MARK);

        EventSummary created = events.create(draft);
        EventSummary read = events.find(created.id()).orElseThrow();

        assertThat(read.nameZh()).isEqualTo(draft.getNameZh());
        assertThat(read.nameEn()).isEqualTo(draft.getNameEn());
        assertThat(read.venueNameZh()).isEqualTo(draft.getVenueNameZh());
        assertThat(read.venueAddress()).isEqualTo(draft.getVenueAddress());
        assertStoredAsUtf8("expo_event", "name_zh", created.id(), draft.getNameZh());
        assertStoredAsUtf8("expo_event", "venue_address", created.id(), draft.getVenueAddress());
    }

    @Test
    void a_person_keeps_a_chinese_name_title_and_organisation() {
        PersonSummary created = persons.create(PersonDraft.of("欧阳娜娜" + MARK, "Ouyang Nana", "分管领导（副县长）",
                "云溪县人民政府＿办公室", "13905792001", "ouyang@example.cn"));
        PersonSummary read = persons.find(created.id()).orElseThrow();

        assertThat(read.nameZh()).isEqualTo("欧阳娜娜" + MARK);
        assertThat(read.title()).isEqualTo("分管领导（副县长）");
        assertThat(read.organisation()).isEqualTo("云溪县人民政府＿办公室");
        assertStoredAsUtf8("person", "name_zh", created.id(), "欧阳娜娜" + MARK);
    }

    @Test
    void a_unit_keeps_its_chinese_name_and_its_leader_in_charge() {
        UnitDraft draft = new UnitDraft();
        draft.setNameZh("青山市" + MARK);
        draft.setNameEn("Qingshan City");
        draft.setKind(UnitKind.CITY);
        draft.setLeaderName("陈建国");
        draft.setLeaderTitle("分管领导（副市长）🎉");
        draft.setLiaisonName("周晓燕");
        draft.setLiaisonTitle("联络员");

        UnitSummary created = units.create(draft);
        UnitSummary read = units.find(created.id()).orElseThrow();

        assertThat(read.nameZh()).isEqualTo("青山市" + MARK);
        assertThat(read.leader()).isNotNull();
        assertThat(read.leader().nameZh()).isEqualTo("陈建国");
        assertThat(read.leader().title()).isEqualTo("分管领导（副市长）🎉");
        assertThat(read.liaison()).isNotNull();
        assertThat(read.liaison().title()).isEqualTo("联络员");
        assertStoredAsUtf8("org_unit", "name_zh", created.id(), "青山市" + MARK);
        assertStoredAsUtf8("person", "title", read.leader().id(), "分管领导（副市长）🎉");
    }

    @Test
    void an_account_keeps_its_chinese_display_name() {
        AccountDraft draft = new AccountDraft();
        draft.setUsername("qianyan-" + UUID.randomUUID().toString().substring(0, 8));
        draft.setDisplayName("钱燕（组委会办公室）" + MARK);
        draft.setPassword(TestData.PASSWORD);
        draft.setRoles(EnumSet.of(Role.ORGANISER));
        draft.setEventIds(Set.of());

        AccountSummary created = accounts.create(draft);
        AccountSummary read = accounts.find(created.id()).orElseThrow();

        assertThat(read.displayName()).isEqualTo("钱燕（组委会办公室）" + MARK);
        assertStoredAsUtf8("user_account", "display_name", created.id(), "钱燕（组委会办公室）" + MARK);
    }

    /** The column holds exactly the UTF-8 bytes of the text: no double encoding, no '?' in place of an emoji. */
    private void assertStoredAsUtf8(String table, String column, long id, String expected) {
        String hex = jdbc.queryForObject("select hex(" + column + ") from " + table + " where id = ?", String.class, id);
        assertThat(hex).as(table + "." + column + " bytes")
                .isEqualToIgnoringCase(HexFormat.of().formatHex(expected.getBytes(StandardCharsets.UTF_8)));
        Integer characters = jdbc.queryForObject("select char_length(" + column + ") from " + table + " where id = ?",
                Integer.class, id);
        assertThat(characters).as(table + "." + column + " characters")
                .isEqualTo(expected.codePointCount(0, expected.length()));
    }
}
