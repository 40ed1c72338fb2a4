package org.expodesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.safety.SafetyFixtures.dining;
import static org.expodesk.safety.SafetyFixtures.jpeg;
import static org.expodesk.safety.SafetyFixtures.round;
import static org.expodesk.safety.SafetyFixtures.template;
import static org.expodesk.safety.SafetyFixtures.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@ActiveProfiles("test")
@Import(SafetyTestClock.Config.class)
class SafetyServiceTest {

    static final Path UPLOADS = tempDir();

    @DynamicPropertySource
    static void uploads(DynamicPropertyRegistry registry) {
        registry.add("expodesk.safety.upload-dir", UPLOADS::toString);
        registry.add("expodesk.safety.max-photo-bytes", () -> "100000");
    }

    @Autowired TestData data;
    @Autowired SafetyTestClock clock;
    @Autowired ChecklistService checklists;
    @Autowired TargetService targets;
    @Autowired InspectionService inspections;
    @Autowired RectificationService rectifications;
    @Autowired SafetyService safety;
    @Autowired PhotoService photos;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private EventSummary event;

    @BeforeEach
    void anEventWithAnInspector() {
        clock.set(Instant.parse("2026-11-20T01:00:00Z"));
        event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 10);
        TestData.signInAs(user(data, Role.SAFETY, event));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void editing_a_template_makes_a_new_revision_and_past_inspections_keep_the_items_they_used() {
        TemplateSummary v1 = template(checklists, "food-hotel");
        TargetSummary kitchen = targets.create(event.id(), dining("城南大酒店后厨"));
        long photo = photo("kitchen.jpg");
        long inspectionId = inspections.submit(round(kitchen, v1, List.of(), photo)).inspectionId();

        TestData.signInAs(data.admin());
        List<TemplateItem> edited = new ArrayList<>(v1.items());
        edited.set(0, new TemplateItem("食品经营许可证原件悬挂于显著位置", "The original food licence hangs where guests see it",
                ExpectedAnswer.YES, true, Severity.CRITICAL));
        edited.remove(edited.size() - 1);
        TemplateSummary v2 = checklists.revise(v1.id(), new TemplateDraft(v1.nameZh(), v1.nameEn(), edited));

        assertThat(v2.revision()).isEqualTo(v1.revision() + 1);
        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(template(checklists, "food-hotel").id()).isEqualTo(v2.id());
        assertThat(checklists.template(v1.id()).current()).isFalse();
        assertThat(checklists.template(v1.id()).items()).isEqualTo(v1.items());
        InspectionSummary past = inspections.find(inspectionId);
        assertThat(past.templateRevision()).isEqualTo(v1.revision());
        assertThat(past.answers()).hasSize(v1.items().size());
        assertThat(past.answers().getFirst().textZh()).isEqualTo(v1.item(1).textZh());
        assertThatThrownBy(() -> checklists.revise(v1.id(), new TemplateDraft("x", "x", edited)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("safety.error.template-outdated");
    }

    @Test
    void a_failed_item_stays_open_through_a_failed_recheck_and_closes_with_a_passed_one() {
        TemplateSummary checklist = template(checklists, "food-dining");
        TargetSummary kitchen = targets.create(event.id(), dining("城东饭店"));
        long photo = photo("stove.jpg");
        InspectionResult result = inspections.submit(round(kitchen, checklist, List.of(4), photo));
        assertThat(result.failed()).isTrue();
        assertThat(result.rectificationIds()).hasSize(1);
        RectificationSummary open = rectifications.find(result.rectificationIds().getFirst());
        assertThat(open.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(open.owner().name()).isEqualTo("王厨师长");
        assertThat(open.itemZh()).isEqualTo(checklist.item(4).textZh());

        clock.advance(Duration.ofHours(3));
        assertThatThrownBy(() -> rectifications.recheck(open.id(), open.version(), false, " ", null, null))
                .hasMessageContaining("safety.error.recheck-note");
        RectificationSummary stillOpen = rectifications.recheck(open.id(), open.version(), false, "冷藏温度仍为8℃", null,
                LocalDateTime.of(2026, 11, 21, 12, 0));
        assertThat(stillOpen.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(stillOpen.rechecks()).extracting(RectificationSummary.Recheck::passed).containsExactly(false);
        assertThat(stillOpen.deadline().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 21, 12, 0));

        clock.advance(Duration.ofHours(5));
        RectificationSummary closed = rectifications.recheck(open.id(), stillOpen.version(), true, "已修复", photo, null);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(clock.instant());
        assertThat(closed.rechecks()).extracting(RectificationSummary.Recheck::passed).containsExactly(false, true);
        assertThatThrownBy(() -> rectifications.recheck(open.id(), closed.version(), true, null, null, null))
                .hasMessageContaining("safety.error.already-closed");
    }

    @Test
    void deadlines_are_wall_clock_times_in_the_events_time_zone() {
        // 01:00 UTC is 09:00 in Yunxi (Asia/Shanghai, UTC+8); the clock itself runs in UTC.
        TemplateSummary checklist = template(checklists, "food-dining");
        TargetSummary kitchen = targets.create(event.id(), dining("西街小吃"));
        long photo = photo("a.jpg");
        List<AnswerDraft> answers = new ArrayList<>(round(kitchen, checklist, List.of(), photo).answers());
        answers.set(1, new AnswerDraft(2, ItemAnswer.FAILED, "健康证过期", null, LocalDateTime.of(2026, 11, 20, 18, 0), null));
        long id = inspections.submit(new InspectionDraft(kitchen.id(), checklist.id(), answers)).rectificationIds().getFirst();

        RectificationSummary r = rectifications.find(id);
        assertThat(r.deadline().toInstant()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(r.deadline().getZone()).isEqualTo(event.timeZone());
        clock.set(Instant.parse("2026-11-20T09:59:00Z"));
        assertThat(rectifications.find(id).overdue()).isFalse();
        assertThat(safety.overview(event.id()).overdueRectifications()).isZero();
        clock.set(Instant.parse("2026-11-20T10:01:00Z"));
        assertThat(rectifications.find(id).overdue()).isTrue();
        assertThat(safety.overview(event.id()).overdueRectifications()).isEqualTo(1);

        // A deadline that has already passed in Yunxi is refused, though it is still ahead in UTC's wall clock.
        List<AnswerDraft> late = new ArrayList<>(answers);
        late.set(1, new AnswerDraft(2, ItemAnswer.FAILED, "x", null, LocalDateTime.of(2026, 11, 20, 17, 0), null));
        assertThatThrownBy(() -> inspections.submit(new InspectionDraft(kitchen.id(), checklist.id(), late)))
                .hasMessageContaining("safety.error.deadline-past");
    }

    @Test
    void the_days_figures_count_that_days_records_in_the_events_time_zone() {
        TemplateSummary checklist = template(checklists, "food-dining");
        TargetSummary a = targets.create(event.id(), dining("甲饭店"));
        TargetSummary b = targets.create(event.id(), dining("乙饭店"));
        long photo = photo("b.jpg");
        // 2026-11-19 23:30 UTC is already 20 November in Yunxi.
        clock.set(Instant.parse("2026-11-19T23:30:00Z"));
        inspections.submit(round(a, checklist, List.of(1), photo));
        clock.set(Instant.parse("2026-11-20T03:00:00Z"));
        inspections.submit(round(b, checklist, List.of(), photo));
        InspectionResult failed = inspections.submit(round(b, checklist, List.of(3, 5), photo));
        // 16:30 UTC is 00:30 on the 21st in Yunxi: a different day.
        clock.set(Instant.parse("2026-11-20T16:30:00Z"));
        inspections.submit(round(a, checklist, List.of(), photo));

        SafetyDayFigures day = safety.dayFigures(event.id(), LocalDate.of(2026, 11, 20));
        assertThat(day.inspectionsDone()).isEqualTo(3);
        assertThat(day.inspectionsFailed()).isEqualTo(2);
        assertThat(day.openRectifications()).isEqualTo(3);
        // Critical items: 1 (licence) and 3 (spoiled food) of the dining checklist; item 5 is major.
        assertThat(day.critical()).extracting(CriticalFinding::itemZh)
                .containsExactly(checklist.item(1).textZh(), checklist.item(3).textZh());
        // The critical one found at 11:00 Yunxi time had two hours: overdue by the end of the day.
        assertThat(day.overdueRectifications()).isEqualTo(2);
        assertThat(failed.rectificationIds()).hasSize(2);
        assertThat(safety.dayFigures(event.id(), LocalDate.of(2026, 11, 21)).inspectionsDone()).isEqualTo(1);
    }

    @Test
    void a_photo_of_the_wrong_type_is_refused_and_nothing_is_stored() {
        long rows = rowsOnDisk();
        assertThatThrownBy(() -> photos.store(event.id(), "report.pdf", new ByteArrayInputStream("%PDF-1.7 ...".getBytes())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("safety.error.photo-type");
        assertNothingHalfStored(rows);
    }

    @Test
    void an_oversized_photo_is_refused_and_nothing_is_stored() {
        long rows = rowsOnDisk();
        assertThatThrownBy(() -> photos.store(event.id(), "big.jpg", new ByteArrayInputStream(jpeg(100_001))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("safety.error.photo-too-large");
        assertNothingHalfStored(rows);
    }

    @Test
    void a_photo_whose_content_does_not_match_its_extension_is_refused_and_nothing_is_stored() {
        long rows = rowsOnDisk();
        assertThatThrownBy(() -> photos.store(event.id(), "exit.jpg", new ByteArrayInputStream(SafetyFixtures.png())))
                .hasMessageContaining("safety.error.photo-mismatch");
        assertThatThrownBy(() -> photos.store(event.id(), "exit.png", new ByteArrayInputStream("<script>".getBytes())))
                .hasMessageContaining("safety.error.photo-mismatch");
        assertNothingHalfStored(rows);
    }

    @Test
    void a_photo_whose_row_cannot_be_saved_leaves_no_file_behind() {
        TestData.signInAs(data.admin());
        long files = filesOnDisk();
        // The administrator may name any event; one that does not exist fails the row's foreign key after the move.
        assertThatThrownBy(() -> photos.store(987_654_321L, "ok.jpg", new ByteArrayInputStream(jpeg(2000))))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(filesOnDisk()).isEqualTo(files);
    }

    @Test
    void a_good_photo_is_stored_under_the_upload_directory() throws IOException {
        long before = filesOnDisk();
        PhotoRef ref = photos.store(event.id(), "IMG_0001.JPG", new ByteArrayInputStream(jpeg(5000)));
        assertThat(ref.contentType()).isEqualTo("image/jpeg");
        assertThat(ref.sizeBytes()).isEqualTo(5000);
        assertThat(filesOnDisk()).isEqualTo(before + 1);
        var out = new java.io.ByteArrayOutputStream();
        assertThat(photos.write(ref.id(), out)).isEqualTo("image/jpeg");
        assertThat(out.toByteArray()).isEqualTo(jpeg(5000));
    }

    @Test
    void every_item_needing_a_photo_gets_one_and_every_item_an_answer() {
        TemplateSummary checklist = template(checklists, "food-dining");
        TargetSummary kitchen = targets.create(event.id(), dining("北街饭店"));
        assertThatThrownBy(() -> inspections.submit(round(kitchen, checklist, List.of(), null)))
                .hasMessageContaining("safety.error.photo-required");
        List<AnswerDraft> missing = round(kitchen, checklist, List.of(), photo("x.jpg")).answers().subList(0, 2);
        assertThatThrownBy(() -> inspections.submit(new InspectionDraft(kitchen.id(), checklist.id(), missing)))
                .hasMessageContaining("safety.error.answers-incomplete");
    }

    @Test
    void an_administrator_records_a_past_round_dated_then_with_its_overdue_rectification_and_a_later_recheck() {
        TargetSummary kitchen = targets.create(event.id(), dining("城北小吃店 " + java.util.UUID.randomUUID()));
        TemplateSummary food = template(checklists, "food-dining");
        TestData.signInAs(data.admin());
        long photo = photo("past.jpg");
        Instant at = Instant.parse("2026-11-17T02:00:00Z"); // 10:00 on 17 November in Yunxi (UTC+8)
        List<AnswerDraft> answers = new ArrayList<>(round(kitchen, food, List.of(), photo).answers());
        answers.set(0, AnswerDraft.failed(1, "补录：纸质记录", photo, LocalDateTime.parse("2026-11-18T12:00")));

        InspectionResult result = inspections.recordAsOf(new InspectionDraft(kitchen.id(), food.id(), answers), at);

        InspectionSummary recorded = inspections.find(result.inspectionId());
        assertThat(recorded.inspectedAt()).isEqualTo(at);
        assertThat(recorded.day()).isEqualTo(LocalDate.parse("2026-11-17"));
        RectificationSummary r = rectifications.find(result.rectificationIds().getFirst());
        assertThat(r.openedAt()).isEqualTo(at);
        assertThat(r.overdue()).isTrue();
        assertThat(safety.dayFigures(event.id(), LocalDate.parse("2026-11-17")).inspectionsDone()).isEqualTo(1);

        Instant rechecked = Instant.parse("2026-11-19T03:00:00Z");
        RectificationSummary closed = rectifications.recordRecheckAsOf(r.id(), r.version(), true, "已整改", null, rechecked);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(rechecked);
    }

    @Test
    void past_rounds_are_recorded_only_by_the_administrator_and_never_in_the_future_or_before_the_finding() {
        TargetSummary kitchen = targets.create(event.id(), dining("城东面馆 " + java.util.UUID.randomUUID()));
        TemplateSummary food = template(checklists, "food-dining");
        long photo = photo("inspector.jpg");
        InspectionDraft draft = round(kitchen, food, List.of(1), photo);
        Instant yesterday = clock.instant().minus(Duration.ofDays(1));

        assertThatThrownBy(() -> inspections.recordAsOf(draft, yesterday))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        long rectificationId = inspections.submit(draft).rectificationIds().getFirst();
        long version = rectifications.find(rectificationId).version();
        assertThatThrownBy(() -> rectifications.recordRecheckAsOf(rectificationId, version, true, "ok", null, clock.instant()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        TestData.signInAs(data.admin());
        assertThatThrownBy(() -> inspections.recordAsOf(draft, clock.instant().plusSeconds(60)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("safety.error.record-in-future");
        assertThatThrownBy(() -> rectifications.recordRecheckAsOf(rectificationId, version, true, "ok", null, yesterday))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("safety.error.record-in-future");
        assertThat(rectifications.find(rectificationId).status()).isEqualTo(RectificationStatus.OPEN);
    }

    private long photo(String name) {
        return photos.store(event.id(), name, new ByteArrayInputStream(jpeg(1000))).id();
    }

    private long rowsOnDisk() {
        return filesOnDisk();
    }

    private void assertNothingHalfStored(long filesBefore) {
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
        assertThat(jdbc.queryForObject("select count(*) from safety_photo where event_id = ?", Long.class, event.id())).isZero();
    }

    private static long filesOnDisk() {
        try (Stream<Path> files = Files.walk(UPLOADS)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("expodesk-safety-uploads");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
