package org.expodesk.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The printed schedules read back by text extraction: Chinese titles in order, repeated headings, page numbers, fonts embedded. */
class SchedulePdfRendererTest {

    final SchedulePdfRenderer renderer = new SchedulePdfRenderer(new ExpoDeskI18NProvider());
    final EventSummary expo = SampleProgramme.expo();
    final List<SessionSummary> sessions = SampleProgramme.sessions(expo, 80);

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append("\n=== page ").append(page).append('\n').append(extractor.getTextFromPage(page));
        }
        return all.toString();
    }

    /** Kept under target/ so a person can render and look at it (pdftoppm -r 60 -png). */
    static byte[] keep(ByteArrayOutputStream out, String name) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void the_chinese_programme_lists_every_session_title_in_order_of_time() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.programme(expo, sessions, Locale.SIMPLIFIED_CHINESE, out);
        String text = text(keep(out, "programme-zh.pdf")).replace("\n", "");

        assertThat(text).contains("第四届云溪小商品博览会", "日程安排", "2026年10月16日 星期五");
        int from = 0;
        for (SessionSummary s : sessions) {
            int at = text.indexOf(s.titleZh(), from);
            assertThat(at).as("%s after position %d", s.titleZh(), from).isGreaterThanOrEqualTo(0);
            from = at + s.titleZh().length();
        }
    }

    @Test
    void long_days_break_across_pages_repeating_the_day_and_column_headings_and_pages_are_numbered() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.programme(expo, sessions, Locale.SIMPLIFIED_CHINESE, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        int pages = reader.getNumberOfPages();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);

        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(extractor.getTextFromPage(1)).doesNotContain("第 1 页");
        for (int page = 2; page <= pages; page++) {
            String text = extractor.getTextFromPage(page);
            assertThat(text).as("page %d", page).contains("第 " + page + " 页 / 共 " + pages + " 页", "时间", "活动", "地点");
            assertThat(text).as("page %d", page).containsPattern("2026年10月1[678]日");
        }
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(842f, org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void the_english_edition_uses_english_titles_labels_and_page_numbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.programme(expo, sessions, Locale.ENGLISH, out);
        String text = text(keep(out, "programme-en.pdf"));

        assertThat(text).contains("4th Yunxi Small Commodities Expo", "Programme", "Friday, 16 October 2026", "Opening Ceremony",
                "Page 2 of", "Speakers");
        assertThat(text).doesNotContain("开幕式", "第 2 页");
    }

    @Test
    void the_font_is_embedded_so_chinese_prints_on_any_pc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.programme(expo, sessions.subList(0, 3), Locale.SIMPLIFIED_CHINESE, out);
        String raw = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(raw).contains("/FontFile2").contains("WenQuanYi");
    }

    @Test
    void a_place_schedule_for_the_door_shows_only_that_places_sessions() throws IOException {
        SessionPlace room = sessions.get(3).place();
        List<SessionSummary> here = sessions.stream().filter(s -> s.place().equals(room)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.placeSchedule(expo, room, here, Locale.SIMPLIFIED_CHINESE, out);
        String text = text(keep(out, "place-zh.pdf")).replace("\n", "");

        assertThat(text).contains(room.nameZh(), "第 1 页 / 共");
        int from = 0;
        for (SessionSummary s : here) {
            from = text.indexOf(s.titleZh(), from);
            assertThat(from).as(s.titleZh()).isGreaterThanOrEqualTo(0);
        }
        sessions.stream().filter(s -> !s.place().equals(room)).forEach(s -> assertThat(text).doesNotContain(s.titleZh()));
    }

    @Test
    void a_persons_day_lists_that_day_only() throws IOException {
        SessionPerson speaker = sessions.getFirst().speakers().getFirst();
        List<SessionSummary> theirs = new ArrayList<>(sessions.stream().filter(s -> s.involves(speaker.personId())).toList());
        LocalDate day = expo.startDate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.personDay(expo, speaker.nameZh(), day, theirs, Locale.SIMPLIFIED_CHINESE, out);
        String text = text(keep(out, "person-day-zh.pdf"));

        assertThat(text).contains(speaker.nameZh() + " 的日程", "2026年10月16日 星期五", sessions.getFirst().titleZh());
        theirs.stream().filter(s -> !s.day().equals(day)).forEach(s -> assertThat(text).doesNotContain(s.titleZh()));
    }
}
