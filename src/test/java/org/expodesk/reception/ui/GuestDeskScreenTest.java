package org.expodesk.reception.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.CampaignSummary;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpService;
import org.expodesk.guest.TravelMode;
import org.expodesk.reception.HotelDraft;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.PickupService;
import org.expodesk.reception.RoomBlockDraft;
import org.expodesk.reception.RoomType;
import org.expodesk.reception.RsvpAnswers;
import org.expodesk.reception.TripDirection;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** The reception desk without a browser: both languages, filters, a room and a trip by dialog, and the itinerary downloads. */
class GuestDeskScreenTest extends ScreenTest {

    @Autowired
    EventService events;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    PickupService pickups;
    @Autowired
    LodgingService lodging;

    EventSummary event;
    LocalDate day;
    AppUser organiser;
    CampaignSummary campaign;
    GuestSummary huang;
    HotelSummary hotel;

    @BeforeEach
    void anAcceptedGuestAndAHotel() {
        event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(20));
        organiser = CurrentUser.require();
        day = event.startDate().minusDays(1);
        campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        huang = accepting("黄志强", "Huang Zhiqiang", LocalTime.of(15, 42), "清真");
        hotel = lodging.createHotel(event.id(), new HotelDraft(unique("云溪国际大酒店"), "Yunxi Hotel", "云溪市人民路 1 号", "王经理",
                "0571-88886666", new BigDecimal("3.5")));
        lodging.addBlock(new RoomBlockDraft(hotel.id(), RoomType.TWIN, day, 3, 2, List.of("0806", "0807")));
    }

    GuestSummary accepting(String nameZh, String nameEn, LocalTime at, String dietary) {
        GuestSummary g = guests.create(event.id(), guest(nameZh, nameEn, unique("厦门海晟投资"), GuestCategory.MERCHANT, mobile()));
        RsvpForm form = RsvpForm.accept().arriving(TravelMode.TRAIN, "G1653", "云溪南站", LocalDateTime.of(day, at))
                .leaving(TravelMode.TRAIN, "G1654", "云溪南站", LocalDateTime.of(day.plusDays(3), LocalTime.of(10, 5)));
        form.setDietary(dietary);
        return RsvpAnswers.answer(campaigns, rsvp, guests, campaign.id(), g, form, organiser);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_desk_and_its_dialogs_are_fully_translated_in_both_languages() {
        for (var locale : AppLocales.SUPPORTED) {
            boolean zh = AppLocales.isChinese(locale);
            UI.getCurrent().setLocale(locale);
            navigate(GuestDeskView.class);
            Grid<?> grid = find(Grid.class).id("desk-grid");
            assertThat(test(grid).size()).isEqualTo(1);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!").contains(zh ? "接待台" : "Reception guest desk");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 0))).contains(zh ? "黄志强" : "Huang Zhiqiang");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 2))).isEqualTo(day.format(java.time.format.DateTimeFormatter.ofPattern("MM-dd"))
                    + " 15:42 " + (zh ? "火车/高铁" : "Train") + " G1653 云溪南站");
            assertThat(test(grid).getCellText(0, 5)).isEqualTo("清真");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 6))).isEqualTo(zh ? "无房间 | 无车次" : "No room | No trip");
            assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 7))).doesNotContain("!");
            test(action(grid, "desk-room")).click();
            assertThat(ScreenTexts.of(find(Dialog.class).id("assign-room-dialog"))).doesNotContain("!");
            Select<Object> block = find(Select.class).id("assign-block");
            assertThat(block.getItemLabelGenerator().apply(block.getValue())).contains(zh ? "标准间（双床）" : "Twin room")
                    .endsWith(zh ? "剩 2 间" : "2 left");
            find(Dialog.class).id("assign-room-dialog").close();
            test(action(grid, "desk-trip")).click();
            assertThat(ScreenTexts.of(find(Dialog.class).id("trip-dialog"))).doesNotContain("!")
                    .contains(zh ? "当天该方向暂无其他车次" : "No other trip on this day");
            find(Dialog.class).id("trip-dialog").close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_room_is_assigned_and_a_trip_chosen_from_the_desk_and_the_flags_go() throws Exception {
        pickups.groupIntoTrips(event.id(), day, TripDirection.ARRIVAL, PickupService.DEFAULT_WINDOW_MINUTES);
        pickups.removeFromTrip(huang.id(), pickups.trips(event.id(), TripDirection.ARRIVAL).getFirst().id());
        UI.getCurrent().setLocale(AppLocales.ZH_CN);
        navigate(GuestDeskView.class);
        Grid<?> grid = find(Grid.class).id("desk-grid");

        test(action(grid, "desk-room")).click();
        Dialog room = find(Dialog.class).id("assign-room-dialog");
        assertThat(find(DatePicker.class, room).id("assign-check-in").getValue()).isEqualTo(day);
        assertThat(find(DatePicker.class, room).id("assign-check-out").getValue()).isEqualTo(day.plusDays(3));
        assertThat(find(Select.class, room).id("assign-block").getValue()).isNotNull();
        test(find(Button.class, room).id("assign-save")).click();
        assertThat(room.isOpened()).isFalse();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo(hotel.nameZh() + " 0806");

        test(action(grid, "desk-trip")).click();
        Dialog trip = find(Dialog.class).id("trip-dialog");
        test(find(Button.class, trip).withClassName("trip-dialog-put").single()).click();
        assertThat(ScreenTexts.of(trip)).contains("当前车次：云溪南站 · 15:42–16:27 · 1 人");
        trip.close();
        assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 2))).endsWith(" | 接站 云溪南站 15:42（尚未派车）");
        assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 6))).isEqualTo("无车次").as("the departure still has no trip");

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test((Anchor) action(grid, "desk-itinerary")).download(pdf);
        assertThat(new PdfTextExtractor(new PdfReader(pdf.toByteArray())).getTextFromPage(1)).contains("黄志强", "G1653", hotel.nameZh(), "0806");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_filters_narrow_the_list_and_the_batch_holds_the_guests_shown() throws Exception {
        GuestSummary lin = accepting("林建华", "Lin Jianhua", LocalTime.of(9, 10), "");
        lodging.assign(lin.id(), lodging.blocks(event.id()).getFirst().id(), null, null);
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(GuestDeskView.class);
        Grid<?> grid = find(Grid.class).id("desk-grid");
        assertThat(test(grid).size()).isEqualTo(2);

        test(find(Checkbox.class).id("desk-no-room")).click();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(ScreenTexts.of(test(grid).getCellComponent(0, 0))).contains("Huang Zhiqiang");
        test(find(Checkbox.class).id("desk-no-room")).click();
        test(find(TextField.class).id("desk-search")).setValue("建华");
        assertThat(test(grid).size()).isEqualTo(1);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(find(Anchor.class).id("desk-batch")).download(pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("林建华").doesNotContain("黄志强");
        test(find(TextField.class).id("desk-search")).clear();
        test(find(DatePicker.class).id("desk-day")).setValue(day.plusDays(1));
        assertThat(test(grid).size()).isZero();
        assertThat(find(com.vaadin.flow.component.html.Span.class).id("desk-count").getText()).isEqualTo("Guests: 0");
    }

    @Test
    void a_refused_assignment_is_shown_translated_and_the_dialog_stays_open() {
        UI.getCurrent().setLocale(AppLocales.EN);
        AssignRoomDialog dialog = new AssignRoomDialog(lodging, event.id(), huang, null, stay -> { });
        dialog.open();
        assertThat(find(Select.class, dialog).id("assign-block").getValue()).as("a block with room is suggested").isNotNull();
        lodging.assign(huang.id(), lodging.blocks(event.id()).getFirst().id(), null, null);

        test(find(Button.class, dialog).id("assign-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText()).contains("黄志强 already has a room.");
    }

    /** A control of the first row's action cell, found by its class name. */
    private Component action(Grid<?> grid, String className) {
        return test(grid).getCellComponent(0, 7).getChildren()
                .flatMap(c -> c.getClassNames().contains(className) ? Stream.of(c) : Stream.empty())
                .findFirst().orElseThrow();
    }
}
