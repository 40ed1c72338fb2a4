package org.expodesk.demo;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.account.DemoPasswords;
import org.expodesk.booth.BoothFilter;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.AllocationService;
import org.expodesk.exhibitor.ExhibitorCategory;
import org.expodesk.exhibitor.ExhibitorDraft;
import org.expodesk.exhibitor.ExhibitorFilter;
import org.expodesk.exhibitor.ExhibitorService;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.RegistrationService;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.validation.CreditCodeValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo's `exhibitor` sign-in its company on the demo expo — 义乌星辰日用品有限公司, approved, with one
 * assigned booth — so that "My company" and "Choose a booth" show something after signing in. Runs after the
 * other demo seeds (the bulk of exhibitors comes from its own class) and does nothing once the account has a
 * company. Through the services, like a person would.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "expodesk.demo.enabled", havingValue = "true")
class DemoExhibitorAccount implements ApplicationRunner {

    static final String COMPANY = "义乌星辰日用品有限公司";

    private static final Logger log = LoggerFactory.getLogger(DemoExhibitorAccount.class);

    private final EventService events;
    private final AccountService accounts;
    private final RegistrationService registrations;
    private final ExhibitorService exhibitors;
    private final AllocationService allocations;
    private final BoothService booths;
    private final TransactionTemplate transactions;

    DemoExhibitorAccount(EventService events, AccountService accounts, RegistrationService registrations, ExhibitorService exhibitors,
            AllocationService allocations, BoothService booths, TransactionTemplate transactions) {
        this.events = events;
        this.accounts = accounts;
        this.registrations = registrations;
        this.exhibitors = exhibitors;
        this.allocations = allocations;
        this.booths = booths;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        var system = new AppUser(0, "system", "", "ExpoDesk", null, EnumSet.of(Role.ADMIN), true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        try {
            EventSummary expo = events.list(new EventFilter("第四届云溪小商品博览会", false), Pageable.ofSize(1)).stream().findFirst().orElse(null);
            AccountSummary account = accounts.list(DemoPasswords.username(Role.EXHIBITOR), Pageable.ofSize(5)).stream()
                    .filter(a -> a.username().equals(DemoPasswords.username(Role.EXHIBITOR))).findFirst().orElse(null);
            if (expo == null || account == null || !exhibitors.list(expo.id(), new ExhibitorFilter(null, null, null, null, COMPANY),
                    Pageable.ofSize(1)).isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(tx -> seed(expo, account));
            log.info("Demo exhibitor account linked to {}", COMPANY);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(EventSummary expo, AccountSummary account) {
        ExhibitorDraft d = new ExhibitorDraft();
        d.setNameZh(COMPANY);
        d.setNameEn("Yiwu Xingchen Daily Necessities Co., Ltd.");
        String first17 = "91330782MA2HXC7K1";
        d.setCreditCode(first17 + CreditCodeValidator.checkCharacter(first17));
        d.setAddress("浙江省义乌市福田街道商城大道 58 号");
        d.setContactName("陈晓燕");
        d.setMobile("13905798801");
        d.setEmail("sales@xingchen-daily.example.cn");
        d.setProducts("塑料收纳盒、保鲜盒、厨房日用小百货");
        d.setCategory(ExhibitorCategory.DAILY_GOODS);
        d.setFamousBrand(true);
        d.setFamousBrandEvidence("浙江省名牌产品（2024 年度）");
        d.setLocalEnterprise(false);
        d.setWishKind(BoothKind.STANDARD);
        d.setWishArea(new BigDecimal("9"));
        d.setStaffCount(2);
        ExhibitorSummary company = registrations.importRegistration(expo.id(), d);
        company = exhibitors.linkAccount(company.id(), account.id());
        long approved = exhibitors.approve(company.id(), company.version()).id();
        booths.list(expo.id(), new BoothFilter(null, BoothStatus.FREE, BoothKind.STANDARD, null), PageRequest.of(0, 1)).stream()
                .findFirst().map(BoothSummary::id).ifPresent(boothId -> allocations.assign(boothId, approved));
    }
}
