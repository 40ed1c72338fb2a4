package org.expodesk.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.guest.GuestFixtures.guest;
import static org.expodesk.guest.GuestFixtures.mobile;
import static org.expodesk.guest.GuestFixtures.signInAsOrganiserOfNewEvent;
import static org.expodesk.guest.GuestFixtures.unique;

import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.CampaignService;
import org.expodesk.guest.GuestCategory;
import org.expodesk.guest.GuestDraft;
import org.expodesk.guest.GuestService;
import org.expodesk.guest.GuestSummary;
import org.expodesk.guest.RsvpService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** Meals: seating with dietary needs, full tables, the kitchen's count, and who may do it. */
@SpringBootTest
@ActiveProfiles("test")
class MealServiceTest {

    @Autowired
    MealService meals;
    @Autowired
    GuestService guests;
    @Autowired
    EventService events;
    @Autowired
    CampaignService campaigns;
    @Autowired
    RsvpService rsvp;
    @Autowired
    TestData data;

    EventSummary event;
    MealSummary banquet;

    @BeforeEach
    void setUp() {
        event = signInAsOrganiserOfNewEvent(data, events, LocalDate.of(2027, 5, 15));
        banquet = meals.create(event.id(), new MealDraft(MealKind.BANQUET, "欢迎晚宴", "Welcome banquet",
                LocalDateTime.of(2027, 5, 14, 18, 30), "云溪宾馆二楼宴会厅"));
        banquet = meals.addTables(banquet.id(), 2, 4);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    GuestSummary diner(String name, int companions, String dietary) {
        GuestDraft d = guest(name, null, unique("义乌商贸"), GuestCategory.BUYER, mobile());
        d.setCompanions(companions);
        d.setDietary(dietary);
        return guests.create(event.id(), d);
    }

    @Test
    void the_kitchen_count_adds_up_parties_with_their_dietary_needs() {
        long table1 = banquet.tables().get(0).id();
        long table2 = banquet.tables().get(1).id();
        meals.seat(banquet.id(), table1, diner("马丽", 1, "清真").id());
        meals.seat(banquet.id(), table1, diner("何军", 0, "素食").id());
        meals.seat(banquet.id(), table2, diner("许强", 2, "").id());
        meals.seat(banquet.id(), table2, diner("罗敏", 0, "清真").id());

        KitchenCount count = meals.kitchenCount(banquet.id());

        assertThat(count.persons()).isEqualTo(7);
        assertThat(count.byDietary()).isEqualTo(Map.of("清真", 2, "素食", 1, MealService.NO_NEEDS, 4));
        assertThat(meals.meal(banquet.id()).tables().get(0).diners()).extracting(MealSummary.Diner::dietary).containsExactly("清真", "素食");
    }

    @Test
    void the_kitchen_sheet_names_the_needs_per_table_in_chinese_and_english() throws Exception {
        meals.seat(banquet.id(), banquet.tables().get(0).id(), diner("马丽", 1, "清真").id());
        meals.seat(banquet.id(), banquet.tables().get(1).id(), diner("何军", 0, "素食").id());
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        meals.writeKitchenSheet(banquet.id(), pdf);

        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/kitchen-sheet.pdf"), pdf.toByteArray());
        String text = new PdfTextExtractor(new PdfReader(pdf.toByteArray())).getTextFromPage(1);
        assertThat(text).contains("厨房备餐单", "Kitchen sheet", "欢迎晚宴", "Persons to cook for: 3", "马丽：清真", "何军：素食", "无特殊要求");
        TestData.signInAs(data.account(unique("exhibitor"), EnumSet.of(Role.EXHIBITOR), event.id()));
        assertThatThrownBy(() -> meals.writeKitchenSheet(banquet.id(), new ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_party_that_does_not_fit_the_table_is_refused_and_moving_frees_the_old_seat() {
        long table1 = banquet.tables().get(0).id();
        long table2 = banquet.tables().get(1).id();
        GuestSummary big = diner("高峰", 2, "");
        meals.seat(banquet.id(), table1, big.id());

        assertThatThrownBy(() -> meals.seat(banquet.id(), table1, diner("江涛", 1, "").id()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("reception.error.table-full"));

        meals.seat(banquet.id(), table2, big.id());
        assertThat(meals.meal(banquet.id()).tables()).extracting(MealSummary.Table::taken).containsExactly(0, 3);
    }

    @Test
    void a_meal_is_edited_keeping_its_tables_and_guests() {
        long table1 = banquet.tables().get(0).id();
        meals.seat(banquet.id(), table1, diner("马丽", 0, "清真").id());

        MealSummary edited = meals.update(banquet.id(), new MealDraft(MealKind.GROUP, "  工作午餐 ", " ", LocalDateTime.of(2027, 5, 15, 12, 0), "会展中心二楼"));

        assertThat(edited.kind()).isEqualTo(MealKind.GROUP);
        assertThat(edited.nameZh()).isEqualTo("工作午餐");
        assertThat(edited.nameEn()).isNull();
        assertThat(edited.startsAt().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 5, 15, 12, 0));
        assertThat(edited.place()).isEqualTo("会展中心二楼");
        assertThat(edited.tables()).hasSize(2);
        assertThat(edited.taken()).isEqualTo(1);
        assertThat(edited.seats()).isEqualTo(8);
        assertThatThrownBy(() -> meals.update(banquet.id(), new MealDraft(MealKind.GROUP, " ", null, LocalDateTime.of(2027, 5, 15, 12, 0), "x")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void a_meal_with_guests_is_deleted_only_when_the_user_confirmed_the_number_seated() {
        meals.seat(banquet.id(), banquet.tables().get(0).id(), diner("马丽", 1, "清真").id());
        meals.seat(banquet.id(), banquet.tables().get(1).id(), diner("何军", 0, "").id());

        assertThatThrownBy(() -> meals.delete(banquet.id(), 1))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reception.error.meal-seating-changed");
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(meals.meals(event.id())).hasSize(1);

        meals.delete(banquet.id(), 2);

        assertThat(meals.meals(event.id())).isEmpty();
        assertThatThrownBy(() -> meals.meal(banquet.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_accepted_guests_not_yet_seated_are_offered_for_seating() {
        GuestSummary seated = ReceptionFixtures.accepted(guests, campaigns, rsvp, event.id(), "马丽", null, 0, "清真");
        GuestSummary waiting = ReceptionFixtures.accepted(guests, campaigns, rsvp, event.id(), "罗敏", null, 1, "素食");
        diner("何军", 0, "");
        meals.seat(banquet.id(), banquet.tables().get(0).id(), seated.id());

        assertThat(meals.unseated(banquet.id())).extracting(GuestSummary::id).containsExactly(waiting.id());
        assertThat(meals.unseated(banquet.id()).getFirst().dietary()).isEqualTo("素食");
    }

    @Test
    void editing_deleting_and_listing_guests_are_refused_to_others() {
        EventSummary other = data.event("别的展会", "Other fair", 60);
        MealDraft draft = new MealDraft(MealKind.GROUP, "午餐", null, LocalDateTime.of(2027, 5, 15, 12, 0), "餐厅");
        TestData.signInAs(data.account(unique("volunteer"), EnumSet.of(Role.VOLUNTEER), event.id()));
        assertThatThrownBy(() -> meals.update(banquet.id(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meals.delete(banquet.id(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meals.unseated(banquet.id())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), other.id()));
        assertThatThrownBy(() -> meals.update(banquet.id(), draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meals.delete(banquet.id(), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meals.unseated(banquet.id())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), event.id()));
        meals.delete(banquet.id(), 0);
        assertThat(meals.meals(event.id())).isEmpty();
    }

    @Test
    void exhibitors_and_reception_of_another_event_are_refused() {
        EventSummary other = data.event("别的展会", "Other fair", 60);
        TestData.signInAs(data.account(unique("exhibitor"), EnumSet.of(Role.EXHIBITOR), event.id()));
        assertThatThrownBy(() -> meals.kitchenCount(banquet.id())).isInstanceOf(AccessDeniedException.class);
        TestData.signInAs(data.account(unique("reception"), EnumSet.of(Role.RECEPTION), other.id()));
        assertThatThrownBy(() -> meals.meals(event.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meals.kitchenCount(banquet.id())).isInstanceOf(AccessDeniedException.class);
    }
}
