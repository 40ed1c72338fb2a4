package org.expodesk.reception.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
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
import org.expodesk.reception.PickupService;
import org.expodesk.reception.RsvpAnswers;
import org.expodesk.reception.TripDirection;
import org.expodesk.reception.TripSummary;
import org.expodesk.reception.VehicleDraft;
import org.expodesk.reception.VehicleSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.support.ScreenTest;
import org.expodesk.support.ScreenTexts;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The arrivals board without a browser: both languages, grouping the day into trips and sending a car. */
class ArrivalsBoardScreenTest extends ScreenTest {

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

    @Test
    @SuppressWarnings("unchecked")
    void the_team_sees_the_arrival_groups_it_into_a_trip_and_sends_a_car_in_both_languages() {
        EventSummary event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(20));
        var organiser = CurrentUser.require();
        LocalDate day = event.startDate().minusDays(1);
        GuestSummary huang = guests.create(event.id(), guest("黄志强", "Huang Zhiqiang", unique("厦门海晟投资"), GuestCategory.MERCHANT, mobile()));
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        campaigns.invite(campaign.id(), List.of(huang.id()));
        String link = campaigns.issueLink(campaigns.invitations(campaign.id()).getFirst().id()).link();
        TestData.signOut();
        rsvp.answer(link.substring(link.lastIndexOf('/') + 1), "10.0.0.9",
                RsvpForm.accept().arriving(TravelMode.TRAIN, "G1653", "云溪南站", LocalDateTime.of(day, LocalTime.of(15, 42))));
        TestData.signInAs(organiser);
        VehicleSummary car = pickups.addVehicle(event.id(), new VehicleDraft("浙G·A1234", 6, "张建华", "13905791001"));

        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(ArrivalsBoardView.class);
            find(DatePicker.class).id("board-day").setValue(day);
            Grid<?> grid = find(Grid.class).id("board-arrivals");
            assertThat(test(grid).size()).isEqualTo(1);
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!").contains(AppLocales.isChinese(locale) ? "接站看板" : "Arrivals board");
            assertThat(test(grid).getCellText(0, 0)).isEqualTo("15:42");
            assertThat(test(grid).getCellText(0, 1)).isEqualTo(AppLocales.isChinese(locale) ? "黄志强" : "Huang Zhiqiang");
            assertThat(test(grid).getCellText(0, 3)).isEqualTo("G1653 云溪南站");
        }
        test(find(Button.class).id("board-group")).click();
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("云溪南站 · 15:42–16:27", "黄志强 G1653");
        long tripId = pickups.board(event.id(), day).trips().getFirst().id();
        Select<VehicleSummary> select = find(Select.class).id("trip-vehicle-" + tripId);
        test(select).selectItem("浙G·A1234 · 6 seats · 张建华 13905791001");

        assertThat(pickups.board(event.id(), day).trips().getFirst().vehicle()).isEqualTo(car);
    }

    @Test
    @SuppressWarnings("unchecked")
    void departures_are_grouped_into_drop_offs_and_a_guest_is_put_into_a_trip_by_hand_in_both_languages() {
        EventSummary event = signInAsOrganiserOfNewEvent(testData, events, LocalDate.now().plusDays(20));
        var organiser = CurrentUser.require();
        LocalDate last = event.endDate();
        CampaignSummary campaign = campaigns.create(event.id(), CampaignDraft.of(unique("福建客商"), "Fujian merchants", 50, null, null));
        for (String[] who : List.of(new String[] {"黄志强", "Huang Zhiqiang", "16:05"}, new String[] {"林建华", "Lin Jianhua", "16:30"})) {
            GuestSummary g = guests.create(event.id(), guest(who[0], who[1], unique("厦门海晟投资"), GuestCategory.MERCHANT, mobile()));
            RsvpAnswers.answer(campaigns, rsvp, guests, campaign.id(), g, RsvpForm.accept()
                    .leaving(TravelMode.TRAIN, "G1654", "云溪南站", LocalDateTime.of(last, LocalTime.parse(who[2]))), organiser);
        }

        for (var locale : AppLocales.SUPPORTED) {
            UI.getCurrent().setLocale(locale);
            navigate(ArrivalsBoardView.class);
            find(DatePicker.class).id("board-day").setValue(last);
            Grid<?> departures = find(Grid.class).id("board-departures");
            assertThat(test(departures).size()).isEqualTo(2);
            assertThat(test(find(Grid.class).id("board-arrivals")).size()).isZero();
            assertThat(test(departures).getCellText(0, 0)).isEqualTo("16:05");
            assertThat(test(departures).getCellText(1, 1)).isEqualTo(AppLocales.isChinese(locale) ? "林建华" : "Lin Jianhua");
            assertThat(ScreenTexts.of(UI.getCurrent())).doesNotContain("!")
                    .contains(AppLocales.isChinese(locale) ? "送站按时段编组" : "Group departures into drop-off trips");
        }
        test(find(Button.class).id("board-group-departures")).click();
        List<TripSummary> trips = pickups.board(event.id(), last).trips();
        assertThat(trips).singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(TripDirection.DEPARTURE);
            assertThat(t.persons()).isEqualTo(2);
        });
        long lin = pickups.board(event.id(), last).departures().get(1).guest().id();
        pickups.removeFromTrip(lin, trips.getFirst().id());
        navigate(ArrivalsBoardView.class);
        find(DatePicker.class).id("board-day").setValue(last);
        Grid<?> departures = find(Grid.class).id("board-departures");
        assertThat(test(departures).getCellText(1, 4)).isEqualTo("Not in a trip");

        test((Button) test(departures).getCellComponent(1, 5)).click();
        Dialog dialog = find(Dialog.class).id("trip-dialog");
        assertThat(ScreenTexts.of(dialog)).doesNotContain("!").contains("Departure drop-off", "16:30", "G1654");
        test(find(Button.class, dialog).withClassName("trip-dialog-put").single()).click();

        assertThat(pickups.tripOf(lin, TripDirection.DEPARTURE)).map(TripSummary::id).contains(trips.getFirst().id());
        assertThat(test(departures).getCellText(1, 4)).isEqualTo("✓");
        assertThat(ScreenTexts.of(dialog)).contains("In the trip 云溪南站 · 16:05–16:50 · 2 persons");
    }
}
