package org.expodesk.exhibitor;

import java.math.BigDecimal;
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
import org.expodesk.support.TestData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the office's exports, plan and dashboard tests: an open event with one hall of ten 3 × 3 m booths
 * (B-001 … B-010), its organiser signed in, and companies imported, approved and given booths through the services.
 */
@Component
class OfficeFixture {

    private final TestData data;
    private final EventRepository events;
    private final TransactionTemplate transactions;
    private final HallService halls;
    private final BoothService booths;
    private final RegistrationService registrations;
    private final ExhibitorService exhibitors;
    private final AllocationService allocations;

    OfficeFixture(TestData data, EventRepository events, TransactionTemplate transactions, HallService halls, BoothService booths,
            RegistrationService registrations, ExhibitorService exhibitors, AllocationService allocations) {
        this.data = data;
        this.events = events;
        this.transactions = transactions;
        this.halls = halls;
        this.booths = booths;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.allocations = allocations;
    }

    record Expo(EventSummary event, AppUser organiser, HallSummary hall, List<BoothSummary> booths) {
    }

    /** A fresh event, its hall and booths; its organiser stays signed in. */
    Expo expo() {
        EventSummary event = ExhibitorFixtures.openEvent(events, transactions);
        AppUser organiser = ExhibitorFixtures.organiserOf(data, event);
        TestData.signInAs(organiser);
        HallDraft draft = new HallDraft();
        draft.setCode("5");
        draft.setNameZh("5号馆");
        draft.setNameEn("Hall 5");
        draft.setWidth(new BigDecimal("60"));
        draft.setDepth(new BigDecimal("30"));
        draft.setEntrances(List.of(new Entrance("南门", Wall.SOUTH, BigDecimal.TEN)));
        HallSummary hall = halls.create(event.id(), draft);
        BoothBlock block = BoothBlock.standardShells(1, 10, BigDecimal.ONE, BigDecimal.ONE, "B-{n:03}");
        block.setPrice(new BigDecimal("6800"));
        return new Expo(event, organiser, hall, booths.generate(hall.id(), block));
    }

    /** A company imported by the office, in submitted status. */
    ExhibitorSummary company(Expo expo, String nameZh, String nameEn, boolean famous, boolean local) {
        ExhibitorDraft draft = ExhibitorFixtures.registration(nameZh);
        draft.setNameEn(nameEn);
        draft.setFamousBrand(famous);
        draft.setFamousBrandEvidence(famous ? "浙江名牌" : null);
        draft.setLocalEnterprise(local);
        return registrations.importRegistration(expo.event().id(), draft);
    }

    ExhibitorSummary approved(ExhibitorSummary company) {
        return exhibitors.approve(company.id(), company.version());
    }

    /** Approves the company and assigns it the booth. */
    ExhibitorSummary withBooth(Expo expo, ExhibitorSummary company, int boothIndex) {
        ExhibitorSummary approved = approved(company);
        allocations.assign(expo.booths().get(boothIndex).id(), approved.id());
        return approved;
    }
}
