package org.expodesk.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The .ics text itself, checked against RFC 5545: UTC times, escaping, folding at 75 octets, CRLF. */
class IcsCalendarTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant STAMP = Instant.parse("2026-09-01T08:30:00Z");

    static SessionSummary session(long id, String titleZh, String titleEn, String from, String to, SessionPlace place, List<SessionPerson> people) {
        return new SessionSummary(id, 1, SessionKind.PROMOTION_MEETING, titleZh, titleEn, "介绍产业政策；欢迎洽谈，合作共赢", null,
                LocalDateTime.parse(from).atZone(SHANGHAI).toInstant(), LocalDateTime.parse(to).atZone(SHANGHAI).toInstant(), SHANGHAI,
                place, null, null, null, people, true, null, null, null, null, 0);
    }

    static final SessionPlace ROOM = new SessionPlace(PlaceKind.OUTSIDE, 3, "云溪宾馆一号楼, 多功能厅", "Yunxi Hotel; Function Room",
            "青山市云溪县商城大道 188 号");

    String calendar(Locale locale) {
        return IcsCalendar.write("第四届云溪小商品博览会", List.of(
                session(42, "空港产业园推介会", "Airport Industrial Park Promotion", "2026-10-16T14:00", "2026-10-16T15:30", ROOM,
                        List.of(new SessionPerson(5, SessionRole.SPEAKER, false, "马骏", "Ma Jun", "管委会主任")))), STAMP, locale);
    }

    @Test
    void times_are_utc_and_the_uid_is_stable() {
        String ics = calendar(Locale.SIMPLIFIED_CHINESE);

        assertThat(ics).contains("\r\nDTSTART:20261016T060000Z\r\n", "\r\nDTEND:20261016T073000Z\r\n",
                "\r\nDTSTAMP:20260901T083000Z\r\n", "\r\nUID:programme-session-42@expodesk\r\n");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void commas_semicolons_backslashes_and_line_breaks_are_escaped() {
        assertThat(IcsCalendar.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        String unfolded = calendar(Locale.ENGLISH).replace("\r\n ", "");

        assertThat(unfolded).contains("SUMMARY:Airport Industrial Park Promotion\r\n");
        assertThat(unfolded).contains("LOCATION:Yunxi Hotel\\; Function Room\\, 青山市云溪县商城大道 188 号\r\n");
        assertThat(unfolded).contains("DESCRIPTION:Ma Jun\\n介绍产业政策；欢迎洽谈，合作共赢\r\n");
    }

    @Test
    void long_chinese_lines_are_folded_at_75_octets_without_splitting_a_character() {
        SessionSummary longTitle = session(7, "第四届云溪小商品博览会暨历史文化旅游节开幕式及重点项目集中签约仪式（主会场）", null,
                "2026-10-16T09:00", "2026-10-16T10:00", ROOM, List.of());
        String ics = IcsCalendar.write("日程", List.of(longTitle), STAMP, Locale.SIMPLIFIED_CHINESE);

        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(l -> l.startsWith(" ")).count()).isGreaterThanOrEqualTo(2);
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + longTitle.titleZh() + "\r\n");
    }

    @Test
    void a_chinese_title_is_used_in_chinese_and_the_english_one_in_english() {
        assertThat(calendar(Locale.SIMPLIFIED_CHINESE)).contains("SUMMARY:空港产业园推介会\r\n");
        assertThat(calendar(Locale.ENGLISH)).contains("SUMMARY:Airport Industrial Park Promotion\r\n");
    }
}
