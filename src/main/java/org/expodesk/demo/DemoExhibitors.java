package org.expodesk.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationDraft;
import org.expodesk.exhibitor.RegistrationService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 250 exhibitors on the demo expo, after {@link DemoData}: most approved with booths in halls 4 and 5 (the
 * famous brands first on raw space and islands, the 商城街道 companies in their township's pavilion), a few
 * holding booths they picked themselves, others submitted, waitlisted or rejected with a reason. Everything
 * goes through the services as the demo administrator, in one transaction, so the demo obeys every rule and
 * is all there or not at all. Skipped when the first company is already registered.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoExhibitors implements ApplicationRunner {

    static final int COMPANIES = 250;
    /** Companies 0 … 5 register themselves on the public page and hold a booth. */
    static final int SELF_REGISTERED = 6;
    private static final Logger log = LoggerFactory.getLogger(DemoExhibitors.class);

    private final EventService events;
    private final AccountService accounts;
    private final RegistrationService registrations;
    private final ExhibitorService exhibitors;
    private final AllocationService allocations;
    private final HallService halls;
    private final BoothService booths;
    private final TransactionTemplate transactions;

    DemoExhibitors(EventService events, AccountService accounts, RegistrationService registrations, ExhibitorService exhibitors,
            AllocationService allocations, HallService halls, BoothService booths, TransactionTemplate transactions) {
        this.events = events;
        this.accounts = accounts;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.allocations = allocations;
        this.halls = halls;
        this.booths = booths;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        signIn(new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true));
        try {
            AccountSummary admin = accounts.list("admin", PageRequest.of(0, 10)).stream()
                    .filter(a -> a.username().equals("admin")).findFirst().orElse(null);
            EventSummary expo = events.list(new EventFilter(null, true), PageRequest.of(0, 50)).stream()
                    .filter(e -> e.nameEn().equals("4th Yunxi Small Commodities Expo")).findFirst().orElse(null);
            if (admin == null || expo == null || registrations.isRegistered(expo.id(), DemoCompanies.creditCode(0))) {
                return;
            }
            // The history names who did what: the demo administrator, a real account.
            signIn(new AppUser(admin.id(), admin.username(), "", admin.displayName(), null, EnumSet.of(Role.ADMIN), true));
            long started = System.nanoTime();
            transactions.executeWithoutResult(tx -> seed(expo.id(), admin));
            log.info("Demo: {} exhibitors on the expo in {} ms", COMPANIES, (System.nanoTime() - started) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(long expoId, AccountSummary admin) {
        AppUser office = new AppUser(admin.id(), admin.username(), "", admin.displayName(), null, EnumSet.of(Role.ADMIN), true);
        List<HallSummary> hallList = halls.halls(expoId);
        Deque<BoothSummary> premium = new ArrayDeque<>();
        Deque<BoothSummary> pavilion = new ArrayDeque<>();
        List<Deque<BoothSummary>> standard = List.of(new ArrayDeque<>(), new ArrayDeque<>());
        for (int h = 0; h < hallList.size(); h++) {
            for (BoothSummary b : booths.plan(hallList.get(h).id()).booths()) {
                if (b.status() == BoothStatus.RESERVED && b.reservedUnitId() != null) {
                    pavilion.add(b);
                } else if (b.status() == BoothStatus.FREE && b.kind() == BoothKind.STANDARD) {
                    standard.get(Math.min(h, 1)).add(b);
                } else if (b.status() == BoothStatus.FREE) {
                    premium.add(b);
                }
            }
        }
        List<String> reasons = DemoCompanies.rejectionReasons();
        int turn = 0;
        for (int i = 0; i < COMPANIES; i++) {
            RegistrationDraft draft = DemoCompanies.company(i);
            if (i < SELF_REGISTERED) {
                selfRegisteredHolding(expoId, draft, i, office, standard.get(i % 2));
                continue;
            }
            ExhibitorSummary company = registrations.importRegistration(expoId, draft);
            switch (i % 20) {
                case 3, 16 -> { /* stays submitted, waiting for review */ }
                case 7 -> exhibitors.reject(company.id(), company.version(), reasons.get(i % reasons.size()));
                case 13 -> exhibitors.waitlist(company.id(), company.version(), "展位已满，待有空位时按报名顺序递补");
                default -> {
                    ExhibitorSummary approved = exhibitors.approve(company.id(), company.version());
                    Deque<BoothSummary> from = DemoCompanies.inPavilionTownship(i) && !pavilion.isEmpty() ? pavilion
                            : DemoCompanies.famous(i) && !premium.isEmpty() ? premium : standard.get(turn++ % 2);
                    if (i % 50 != 49 && !from.isEmpty()) {
                        allocations.assign(from.poll().id(), approved.id());
                    }
                }
            }
        }
    }

    /** A company that registered on the public page, was approved, and holds a booth it picked (for the hold time). */
    private void selfRegisteredHolding(long expoId, RegistrationDraft draft, int i, AppUser office, Deque<BoothSummary> free) {
        draft.setPassword("Yx-" + UUID.randomUUID());
        ExhibitorSummary company = registrations.register(expoId, draft, "demo-" + i);
        ExhibitorSummary approved = exhibitors.approve(company.id(), company.version());
        AccountSummary account = accounts.find(java.util.Objects.requireNonNull(approved.accountId())).orElseThrow();
        signIn(new AppUser(account.id(), account.username(), "", account.displayName(), null, EnumSet.of(Role.EXHIBITOR), true));
        try {
            allocations.hold(java.util.Objects.requireNonNull(free.poll()).id());
        } finally {
            signIn(office);
        }
    }

    private static void signIn(AppUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
