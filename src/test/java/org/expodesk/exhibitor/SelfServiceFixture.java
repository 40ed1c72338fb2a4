package org.expodesk.exhibitor;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.Wall;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.springframework.transaction.support.TransactionTemplate;

/** An open event with one hall of ten 3 × 3 m booths, its organiser, and companies registered through the public path. */
final class SelfServiceFixture {

    final EventSummary event;
    final AppUser organiser;
    final HallSummary hall;
    final List<BoothSummary> booths;
    private final TestData data;
    private final RegistrationService registrations;
    private final ExhibitorService exhibitors;

    SelfServiceFixture(TestData data, EventRepository events, TransactionTemplate transactions, HallService halls,
            BoothService boothService, RegistrationService registrations, ExhibitorService exhibitors) {
        this.data = data;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.event = ExhibitorFixtures.openEvent(events, transactions);
        this.organiser = ExhibitorFixtures.organiserOf(data, event);
        TestData.signInAs(organiser);
        HallDraft draft = new HallDraft();
        draft.setCode("5");
        draft.setNameZh("5号馆");
        draft.setNameEn("Hall 5");
        draft.setWidth(new BigDecimal("60"));
        draft.setDepth(new BigDecimal("30"));
        draft.setEntrances(List.of(new Entrance("南门", Wall.SOUTH, BigDecimal.TEN)));
        this.hall = halls.create(event.id(), draft);
        BoothBlock block = BoothBlock.standardShells(1, 10, BigDecimal.ONE, BigDecimal.ONE, "B-{n:03}");
        block.setPrice(new BigDecimal("6800"));
        this.booths = boothService.generate(hall.id(), block);
        TestData.signOut();
    }

    /** A company registered anonymously, then approved (or not) by the office; returns the company and its signed-out user. */
    Company company(String nameZh, boolean approve) {
        ExhibitorFixtures.signInAnonymously();
        RegistrationDraft draft = ExhibitorFixtures.registration(nameZh);
        ExhibitorSummary saved = registrations.register(event.id(), draft, ExhibitorFixtures.unique("10.1"));
        if (approve) {
            TestData.signInAs(organiser);
            saved = exhibitors.approve(saved.id(), saved.version());
        }
        TestData.signOut();
        AppUser user = data.account(draft.login(), EnumSet.of(Role.EXHIBITOR), event.id());
        return new Company(saved, user);
    }

    record Company(ExhibitorSummary summary, AppUser user) {
        long id() {
            return summary.id();
        }
    }
}
