package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expodesk.badge.BadgePrintProgress.State;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BadgePrintJobsTest {

    private static final List<String> NAMES = List.of("张伟", "李娜", "王芳", "刘洋", "陈静");

    @Autowired
    BadgePrintJobs jobs;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;
    @Autowired
    PersonService persons;
    @Autowired
    TestData testData;

    private EventSummary event;
    private BadgeFilter buyers;

    @BeforeEach
    void fiveBuyersAndOneVip() {
        TestData.signInAs(testData.admin());
        event = testData.event("第七届云溪小商品博览会", "7th Yunxi Small Commodities Expo", 40);
        TestData.signInAs(testData.account("print-office-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        long buyer = type("采购商");
        for (String name : NAMES) {
            badges.issue(event.id(), persons.create(PersonDraft.of(name, null, null, "云溪日报", null, null)).id(), buyer);
        }
        badges.issue(event.id(), persons.create(PersonDraft.of("欧阳娜娜", null, null, null, null, null)).id(), type("嘉宾"));
        buyers = new BadgeFilter(buyer, null, null);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_whole_type_prints_in_the_background_and_every_qr_code_on_the_sheets_decodes_to_a_badge_code() throws Exception {
        BadgePrintJob job = jobs.start(event.id(), buyers);
        BadgePrintProgress end = finished(job);

        assertThat(end.state()).isEqualTo(State.DONE);
        assertThat(end.done()).isEqualTo(5);
        assertThat(end.total()).isEqualTo(5);
        byte[] pdf;
        try (InputStream in = jobs.download(job.id())) {
            pdf = in.readAllBytes();
        }
        // Kept for a look with pdftoppm: target/badge-pdf/print-run.pdf
        Files.createDirectories(Path.of("target", "badge-pdf"));
        Files.write(Path.of("target", "badge-pdf", "print-run.pdf"), pdf);
        Set<String> expected = badges.list(event.id(), buyers, PageRequest.of(0, 10)).stream()
                .map(b -> badges.print(b.id()).code()).collect(Collectors.toSet());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains(NAMES).doesNotContain("欧阳娜娜");
            Set<String> decoded = new java.util.HashSet<>();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                decoded.addAll(qrCodes(new PDFRenderer(document).renderImageWithDPI(page, 200)));
            }
            assertThat(decoded).isEqualTo(expected);
        }
    }

    @Test
    void the_file_is_deleted_once_downloaded_and_cannot_be_fetched_twice() throws Exception {
        BadgePrintJob job = jobs.start(event.id(), buyers);
        finished(job);
        Path file = job.file();
        assertThat(file).exists();

        try (InputStream in = jobs.download(job.id())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }

        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> jobs.download(job.id())).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_file_not_downloaded_is_deleted_an_hour_after_the_run() {
        BadgePrintJob job = jobs.start(event.id(), buyers);
        finished(job);
        Instant expires = job.expiresAt();

        jobs.deleteExpired(expires.minusSeconds(1));
        assertThat(job.file()).exists();
        jobs.deleteExpired(expires);
        assertThat(job.file()).doesNotExist();
        assertThat(jobs.find(job.id())).isEmpty();
    }

    @Test
    void a_cancelled_run_stops_and_leaves_no_file() {
        BadgePrintJob job = jobs.start(event.id(), BadgeFilter.all());
        // Cancelled from the printing thread as soon as the first badge is drawn: the run cannot finish first.
        job.subscribe(progress -> {
            if (progress.done() >= 1) {
                job.cancel();
            }
        });

        BadgePrintProgress end = finished(job);
        assertThat(end.state()).isEqualTo(State.CANCELLED);
        assertThat(end.done()).isLessThan(6);
        assertThat(job.file()).doesNotExist();
    }

    @Test
    void printing_runs_with_the_callers_rights_and_an_empty_list_is_refused() {
        assertThatThrownBy(() -> jobs.start(event.id(), new BadgeFilter(type("媒体"), null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("badge.print.nothing");
        TestData.signInAs(testData.account("print-volunteer-" + event.id(), EnumSet.of(Role.VOLUNTEER), event.id()));
        assertThatThrownBy(() -> jobs.start(event.id(), buyers)).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(testData.account("print-other-office-" + event.id(), EnumSet.of(Role.ORGANISER)));
        assertThatThrownBy(() -> jobs.start(event.id(), buyers)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_office_account_neither_sees_nor_downloads_someone_elses_run() {
        BadgePrintJob job = jobs.start(event.id(), buyers);
        finished(job);

        TestData.signInAs(testData.account("print-colleague-" + event.id(), EnumSet.of(Role.ORGANISER), event.id()));
        assertThat(jobs.find(job.id())).isEmpty();
        assertThatThrownBy(() -> jobs.download(job.id())).isInstanceOf(BusinessRuleException.class);
    }

    private static BadgePrintProgress finished(BadgePrintJob job) {
        await().atMost(Duration.ofMinutes(2)).until(() -> job.progress().state().finished());
        return job.progress();
    }

    private long type(String nameZh) {
        return types.types(event.id()).stream().filter(t -> t.nameZh().equals(nameZh)).findFirst().orElseThrow().id();
    }

    private static Set<String> qrCodes(BufferedImage page) throws Exception {
        Result[] results = new QRCodeMultiReader().decodeMultiple(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return Arrays.stream(results).map(Result::getText).collect(Collectors.toSet());
    }
}
