package org.expodesk.reception.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpService;
import org.expodesk.reception.HotelSummary;
import org.expodesk.reception.LodgingFixtures;
import org.expodesk.reception.LodgingService;
import org.expodesk.reception.RoomBlockSummary;
import org.expodesk.reception.StaySummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hotels and rooms screen without a browser, in both languages: the empty state, a hotel form refusing bad
 * input on its fields, a block, lodging an accepted guest from the RSVP dates, a full night refused, the
 * occupancy matrix, the flags, and cancelling a stay.
 */
class HotelsScreenTest extends ScreenTest {

    @Autowired
    EventService events;
    @Autowired
    GuestService guests;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    LodgingService lodging;

    @Test
    void the_team_adds_a_hotel_and_a_block_lodges_a_guest_and_cancels_the_stay() {
        EventSummary event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(20));
        LocalDate firstNight = event.startDate().minusDays(1);
        LodgingFixtures fixtures = new LodgingFixtures(guests, campaigns, rsvp, event.id());
        GuestSummary huang = fixtures.accepted("黄志强", "Huang Zhiqiang", 1, firstNight.atTime(15, 42),
                event.endDate().atTime(LocalTime.of(16, 0)));
        GuestSummary lin = fixtures.accepted("林建华", "Lin Jianhua", 0, firstNight.atTime(10, 5), event.startDate().atTime(17, 0));
        UI.getCurrent().setLocale(AppLocales.EN);
        navigate(HotelsView.class);
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Hotels and rooms", "No hotels yet — add the contracted hotels");

        test(find(Button.class).id("lodging-add-hotel")).click();
        TextField phone = find(TextField.class).id("hotel-phone");
        test(phone).setValue("12345");
        test(find(Button.class).id("hotel-save")).click();
        assertThat(find(TextField.class).id("hotel-name-zh").isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("landline");
        assertThat(lodging.hotels(event.id())).isEmpty();
        String name = unique("云溪国际大酒店");
        test(find(TextField.class).id("hotel-name-zh")).setValue(name);
        test(find(TextField.class).id("hotel-name-en")).setValue("Yunxi International Hotel");
        test(find(TextField.class).id("hotel-address")).setValue("云溪县商城大道 66 号");
        test(find(TextField.class).id("hotel-contact")).setValue("周经理");
        test(phone).setValue("0579-85551234");
        test(find(BigDecimalField.class).id("hotel-distance")).setValue(new BigDecimal("1.2"));
        test(find(Button.class).id("hotel-save")).click();
        HotelSummary hotel = lodging.hotels(event.id()).getFirst();
        assertThat(hotel.nameZh()).isEqualTo(name);
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("Yunxi International Hotel", "周经理 0579-85551234", "1.2 km to the venue");

        test(find(Button.class).id("hotel-add-block-" + hotel.id())).click();
        assertThat(find(DatePicker.class).id("block-first-night").getValue()).isEqualTo(firstNight);
        assertThat(find(IntegerField.class).id("block-nights").getValue()).isEqualTo(3);
        test(find(IntegerField.class).id("block-rooms")).setValue(1);
        test(find(Button.class).id("block-save")).click();
        RoomBlockSummary block = lodging.blocks(event.id()).getFirst();
        assertThat(block.rooms()).isEqualTo(1);
        assertThat(block.nights()).isEqualTo(3);

        test(find(Button.class).id("lodging-assign")).click();
        ComboBox<GuestSummary> guest = find(ComboBox.class).id("assign-guest");
        assertThat(test(guest).getSuggestionItems()).extracting(GuestSummary::id).containsExactlyInAnyOrder(huang.id(), lin.id());
        guest.setValue(huang);
        assertThat(find(DatePicker.class).id("assign-check-in").getValue()).isEqualTo(firstNight);
        assertThat(find(DatePicker.class).id("assign-check-out").getValue()).isEqualTo(event.endDate());
        Select<RoomBlockSummary> blockSelect = find(Select.class).id("assign-block");
        blockSelect.setValue(block);
        test(find(Button.class).id("assign-save")).click();
        StaySummary stay = lodging.stays(event.id()).getFirst();
        assertThat(stay.guestId()).isEqualTo(huang.id());
        assertThat(stay.persons()).isEqualTo(2);
        Grid<?> matrix = find(Grid.class).id("lodging-matrix");
        assertThat(((Span) test(matrix).getCellComponent(0, 1)).getText()).isEqualTo("1 / 1");
        assertThat(((Span) test(matrix).getCellComponent(0, 1)).getClassNames()).contains("occupancy-cell--full");

        test(find(Button.class).id("lodging-assign")).click();
        guest = find(ComboBox.class).id("assign-guest");
        guest.setValue(lin);
        find(Select.class).id("assign-block").setValue(block);
        test(find(Button.class).id("assign-save")).click();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).contains("has no room of this block left for the night of"));
        assertThat(lodging.stays(event.id())).hasSize(1);
        find(com.vaadin.flow.component.dialog.Dialog.class).all().forEach(com.vaadin.flow.component.dialog.Dialog::close);

        test(find(Button.class).id("hotel-delete-" + hotel.id())).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(find(Notification.class).all()).extracting(n -> test(n).getText())
                .anySatisfy(text -> assertThat(text).contains("still has 1 guest(s) lodged: cancel their stays first"));
        assertThat(lodging.hotels(event.id())).hasSize(1);

        Grid<?> stays = find(Grid.class).id("lodging-stays");
        assertThat(test(stays).getCellComponent(0, 7).getId()).hasValue("stay-cancel-" + stay.id());
        test((Button) test(stays).getCellComponent(0, 7)).click();
        ConfirmDialog cancelStay = find(ConfirmDialog.class).all().getLast();
        assertThat(cancelStay.getElement().getProperty("confirmText")).as("the buttons say what they do").isEqualTo("Cancel stay");
        assertThat(cancelStay.getElement().getProperty("cancelText")).isEqualTo("Keep the stay");
        test(cancelStay).confirm();
        assertThat(lodging.stays(event.id())).isEmpty();
        assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!reception").contains("Nobody is lodged yet");
    }

    @Test
    void the_screen_speaks_chinese_and_english_and_flags_nights_outside_the_block() {
        EventSummary event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(25));
        LocalDate firstNight = event.startDate().minusDays(1);
        LodgingFixtures fixtures = new LodgingFixtures(guests, campaigns, rsvp, event.id());
        GuestSummary zhou = fixtures.accepted("周立", "Zhou Li", 0, firstNight.minusDays(1).atTime(20, 0), event.endDate().atTime(9, 0));
        HotelSummary hotel = lodging.createHotel(event.id(), new org.expodesk.reception.HotelDraft(unique("溪口商务酒店"),
                "Xikou Business Hotel", "溪口镇工业路 2 号", "孙经理", "0579-85664567", new BigDecimal("6.8")));
        RoomBlockSummary block = lodging.addBlock(new org.expodesk.reception.RoomBlockDraft(hotel.id(),
                org.expodesk.reception.RoomType.SUITE, firstNight, 2, 2, List.of("1801", "1802")));
        lodging.assign(zhou.id(), block.id(), null, null);

        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(HotelsView.class);
            boolean zh = AppLocales.isChinese(locale);
            String texts = ScreenTexts.of(UI.getCurrent());
            assertThat(texts).doesNotContain("!reception").contains(zh ? "酒店与住宿" : "Hotels and rooms",
                    zh ? "距会场 6.8 公里" : "6.8 km to the venue", zh ? "每晚住房情况" : "Occupancy by night",
                    zh ? "共 2 间，最紧张的一晚剩 1 间" : "2 rooms, fewest left 1");
            Grid<?> stays = find(Grid.class).id("lodging-stays");
            assertThat(test(stays).size()).isEqualTo(1);
            assertThat(test(stays).getCellText(0, 0)).isEqualTo(zh ? "周立" : "Zhou Li");
            assertThat(test(stays).getCellText(0, 5)).isEqualTo("1801");
            assertThat(ScreenTexts.of(test(stays).getCellComponent(0, 6))).contains(zh ? "提前抵达" : "Early arrival", zh ? "推迟离开" : "Late departure");
        }
    }
}
