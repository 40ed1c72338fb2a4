package org.expodesk.exhibitor;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.expodesk.account.AccountService;
import org.expodesk.account.AccountSummary;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.exhibitor.domain.Exhibitor;
import org.expodesk.exhibitor.domain.ExhibitorRepository;
import org.expodesk.exhibitor.domain.RegistrationChange;
import org.expodesk.exhibitor.domain.RegistrationChangeRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.validation.CreditCodeValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Companies registering for an event: on the public page (anonymous, limited per client address), by the
 * office on a company's behalf, or one row of an import. Each path saves the company and its first history
 * entry in one transaction; a second registration of the same credit code in the event is refused, by the
 * check here and, when two arrive at once, by the database's unique key.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class RegistrationService {

    /** Anonymous visitors, and the office registering a company by phone. */
    static final String REGISTRANTS = "isAnonymous() or hasAnyRole('ADMIN','ORGANISER')";

    private final ExhibitorRepository exhibitors;
    private final RegistrationChangeRepository changes;
    private final AccountService accounts;
    private final EventService events;
    private final EventAccessPolicy access;
    private final RegistrationThrottle throttle;
    private final Clock clock;

    RegistrationService(ExhibitorRepository exhibitors, RegistrationChangeRepository changes, AccountService accounts,
            EventService events, EventAccessPolicy access, RegistrationThrottle throttle, Clock clock) {
        this.exhibitors = exhibitors;
        this.changes = changes;
        this.accounts = accounts;
        this.events = events;
        this.access = access;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** The event whose registration page is asked for, if it takes registrations now. */
    @PreAuthorize("permitAll()")
    public Optional<EventSummary> openEvent(long eventId) {
        return events.findOpenForRegistration(eventId);
    }

    /**
     * Registers the company and creates its EXHIBITOR account (login: the mobile or the email, as chosen).
     * {@code clientAddress} is the request's remote address; more than the allowed submissions from it within
     * the window are refused before anything is read.
     */
    @Transactional
    @PreAuthorize(REGISTRANTS)
    public ExhibitorSummary register(long eventId, @Valid RegistrationDraft draft, String clientAddress) {
        Optional<Duration> wait = throttle.submit(clientAddress);
        if (wait.isPresent()) {
            throw new BusinessRuleException("exhibitor.error.too-many-registrations", Math.max(1, wait.get().toMinutes() + 1));
        }
        EventSummary event = events.findOpenForRegistration(eventId)
                .orElseThrow(() -> new BusinessRuleException("exhibitor.error.registration-closed"));
        requireNotRegistered(event.id(), draft.getCreditCode());
        AccountSummary account = accounts.createExhibitorAccount(draft.login(), draft.getNameZh().strip(),
                Objects.requireNonNullElse(draft.getPassword(), ""), event.id());
        Exhibitor saved = save(new Exhibitor(event.id(), account.id(), draft, clock.instant()));
        AppUser caller = CurrentUser.get().orElse(null);
        record(saved, caller == null ? account.id() : caller.accountId(), caller == null ? saved.nameZh() : caller.displayName());
        return saved.toSummary();
    }

    /**
     * One company of an import by the office: saved as submitted, without an account (the company gets one
     * when it registers or the office creates it). Call it once per row inside the import's own transaction
     * to save all rows or none.
     */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public ExhibitorSummary importRegistration(long eventId, @Valid ExhibitorDraft draft) {
        access.requireAccess(eventId);
        requireNotRegistered(eventId, draft.getCreditCode());
        Exhibitor saved = save(new Exhibitor(eventId, null, draft, clock.instant()));
        AppUser caller = CurrentUser.require();
        record(saved, caller.accountId(), caller.displayName());
        return saved.toSummary();
    }

    /** Whether a company with this credit code is registered for the event already (an import's preview asks). */
    @PreAuthorize(Roles.OFFICE)
    public boolean isRegistered(long eventId, String creditCode) {
        access.requireAccess(eventId);
        String code = CreditCodeValidator.normalise(creditCode);
        return code != null && exhibitors.existsByEventIdAndCreditCode(eventId, code);
    }

    private void requireNotRegistered(long eventId, String creditCode) {
        String code = CreditCodeValidator.normalise(creditCode);
        if (code != null && exhibitors.existsByEventIdAndCreditCode(eventId, code)) {
            throw new BusinessRuleException("exhibitor.error.already-registered", code);
        }
    }

    private Exhibitor save(Exhibitor exhibitor) {
        try {
            return exhibitors.saveAndFlush(exhibitor);
        } catch (DataIntegrityViolationException e) {
            // Two registrations of one code at the same moment: the unique key refuses the second.
            throw new BusinessRuleException("exhibitor.error.already-registered", exhibitor.creditCode());
        }
    }

    private void record(Exhibitor saved, @Nullable Long byAccount, String byName) {
        Instant now = clock.instant();
        changes.save(new RegistrationChange(saved.requireId(), null, RegistrationStatus.SUBMITTED, null, byAccount, byName, now));
    }
}
