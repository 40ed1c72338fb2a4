package org.expodesk.exhibitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.expodesk.booth.BoothKind;
import org.expodesk.event.EventDraft;
import org.expodesk.event.EventKind;
import org.expodesk.event.EventStatus;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.Event;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.shared.validation.CreditCodeValidator;
import org.expodesk.support.TestData;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Builders for the exhibitor tests: an event open for registration, valid credit codes, filled drafts. */
public final class ExhibitorFixtures {

    private ExhibitorFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An event taking registrations, starting in a month. */
    public static EventSummary openEvent(EventRepository events, TransactionTemplate transactions) {
        EventDraft draft = new EventDraft();
        draft.setNameZh("第四届云溪小商品博览会");
        draft.setNameEn("4th Yunxi Small Commodities Expo");
        draft.setKind(EventKind.EXPO);
        draft.setStartDate(LocalDate.now().plusDays(30));
        draft.setEndDate(LocalDate.now().plusDays(33));
        draft.setStatus(EventStatus.REGISTRATION);
        return transactions.execute(tx -> events.saveAndFlush(Event.create(draft, Instant.now())).toSummary());
    }

    /** A fresh, valid unified social credit code (Zhejiang, company, random organisation code). */
    public static String creditCode() {
        StringBuilder first17 = new StringBuilder("91330782");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(CreditCodeValidator.checkAlphabet().charAt(random.nextInt(CreditCodeValidator.checkAlphabet().length())));
        }
        return first17.toString() + CreditCodeValidator.checkCharacter(first17.toString());
    }

    /** A random mainland mobile number. */
    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static RegistrationDraft registration(String nameZh) {
        RegistrationDraft draft = new RegistrationDraft();
        draft.setNameZh(nameZh);
        draft.setNameEn("Yunxi Test Trading Co., Ltd.");
        draft.setCreditCode(creditCode());
        draft.setAddress("青山市云溪县商城大道 18 号");
        draft.setContactName("王丽");
        draft.setMobile(mobile());
        draft.setEmail(unique("sales") + "@example.cn");
        draft.setProducts("不锈钢保温杯、厨房小五金");
        draft.setCategory(ExhibitorCategory.HARDWARE);
        draft.setFamousBrand(true);
        draft.setFamousBrandEvidence("浙江名牌产品证书（2024）");
        draft.setLocalEnterprise(true);
        draft.setWishKind(BoothKind.STANDARD);
        draft.setWishArea(new java.math.BigDecimal("18"));
        draft.setWishBooth1("A-001");
        draft.setStaffCount(3);
        draft.setPassword("Yunxi-Expo-2026!");
        return draft;
    }

    public static AppUser organiserOf(TestData data, EventSummary event) {
        return data.account(unique("organiser"), EnumSet.of(Role.ORGANISER), event.id());
    }

    /** Nobody signed in, as on the public registration page. */
    public static void signInAnonymously() {
        TestData.signOut();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }
}
