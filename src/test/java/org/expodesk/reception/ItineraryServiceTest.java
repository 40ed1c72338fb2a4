package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;
import static org.expodesk.reception.ReceptionFixtures.guestWith;
import static org.expodesk.reception.ReceptionFixtures.hotel;
import static org.expodesk.reception.ReceptionFixtures.twins;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expodesk.badge.BadgeQrSymbol;
import org.expodesk.badge.BadgeService;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The personal itinerary: bilingual, with the hotel, room and table in its text, and only for the reception team. */
@SpringBootTest
@ActiveProfiles("test")
class ItineraryServiceTest {

    static final LocalDate FIRST = LocalDate.of(2027, 5, 14);

    @Autowired
    ItineraryService itineraries;
    @Autowired
    LodgingService lodging;
    @Autowired
    MealService meals;
    @Autowired
    GuestService guests;
    @Autowired
    EventService events;
    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService badgeTypes;
    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_itinerary_names_the_hotel_room_and_banquet_table_in_chinese_and_english() throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, FIRST.plusDays(1));
        HotelSummary hotel = lodging.createHotel(event.id(), hotel("云溪国际大酒店"));
        RoomBlockSummary block = lodging.addBlock(new RoomBlockDraft(hotel.id(), RoomType.TWIN, FIRST, 2, 1, java.util.List.of("0806")));
        GuestSummary guest = guestWith(guests, event.id(), "黄志强", 1);
        lodging.assign(guest.id(), block.id(), FIRST, FIRST.plusDays(2));
        MealSummary banquet = meals.addTables(meals.create(event.id(), new MealDraft(MealKind.BANQUET, "欢迎晚宴", "Welcome banquet",
                LocalDateTime.of(FIRST, java.time.LocalTime.of(18, 30)), "宴会厅")).id(), 1, 10);
        meals.seat(banquet.id(), banquet.tables().getFirst().id(), guest.id());

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        itineraries.write(guest.id(), pdf);

        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/itinerary.pdf"), pdf.toByteArray());
        String text = new PdfTextExtractor(new PdfReader(pdf.toByteArray())).getTextFromPage(1);
        assertThat(text).contains("个人行程", "Personal itinerary", "黄志强", "云溪国际大酒店", "0806", "欢迎晚宴", "Welcome banquet", "1 号桌");
    }

    @Test
    void a_guest_with_a_valid_badge_finds_its_qr_on_the_itinerary_and_one_without_finds_none() throws Exception {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, FIRST.plusDays(3));
        GuestSummary badged = guestWith(guests, event.id(), "陈国栋", 0);
        GuestSummary without = guestWith(guests, event.id(), "刘芳", 0);
        BadgeTypeSummary guestType = badgeTypes.types(event.id()).stream().filter(t -> t.nameZh().equals("嘉宾")).findFirst().orElseThrow();
        String code = badges.print(badges.issue(event.id(), badged.personId(), guestType.id()).id()).code();
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));

        ByteArrayOutputStream withBadge = new ByteArrayOutputStream();
        itineraries.write(badged.id(), withBadge);
        ByteArrayOutputStream withoutBadge = new ByteArrayOutputStream();
        itineraries.write(without.id(), withoutBadge);

        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/itinerary-badge.pdf"), withBadge.toByteArray());
        try (PDDocument document = Loader.loadPDF(withBadge.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("出示此码入场", "Show this code at the gate");
            assertThat(qrCodes(new PDFRenderer(document).renderImageWithDPI(0, 200))).containsExactly(code);
        }
        try (PDDocument document = Loader.loadPDF(withoutBadge.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("出示此码入场", "入场证件");
            assertThat(qrCodes(new PDFRenderer(document).renderImageWithDPI(0, 200))).isEmpty();
        }
        float symbolMm = ItineraryPdf.QR_SIZE / BadgeQrSymbol.MODULES_WITH_QUIET_ZONE * 45 * 25.4f / 72f;
        assertThat(symbolMm).as("the symbol without its quiet zone").isGreaterThanOrEqualTo(25f);
    }

    private static List<String> qrCodes(BufferedImage page) {
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException none) {
            return List.of();
        }
    }

    @Test
    void the_batch_has_a_page_per_accepted_guest_and_other_roles_are_refused() {
        EventSummary event = signInAsOrganiserOfNewEvent(data, events, FIRST);
        GuestSummary guest = guestWith(guests, event.id(), "林建华", 0);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        itineraries.writeBatch(event.id(), pdf);
        assertThat(pdf.size()).isPositive();

        TestData.signInAs(data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), event.id()));
        assertThatThrownBy(() -> itineraries.write(guest.id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> itineraries.writeBatch(event.id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }
}
