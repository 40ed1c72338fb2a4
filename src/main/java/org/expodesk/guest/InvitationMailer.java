package org.expodesk.guest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.expodesk.event.EventSummary;
import org.expodesk.guest.domain.Guest;
import org.expodesk.guest.domain.GuestCampaign;
import org.expodesk.guest.domain.Invitation;
import org.expodesk.guest.domain.InvitationRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Sends invitations by e-mail when SMTP is configured ({@code spring.mail.host}; Spring Boot then provides the
 * {@link JavaMailSender}). Each e-mail carries a new personal RSVP link, in Chinese and English. Without SMTP the
 * office copies links into WeChat instead, which is how counties mostly send anyway.
 */
@Service
public class InvitationMailer {

    private final ObjectProvider<JavaMailSender> mail;
    private final CampaignService campaigns;
    private final GuestService guests;
    private final InvitationRepository invitations;
    private final ExpoDeskI18NProvider messages;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mail, CampaignService campaigns, GuestService guests,
            InvitationRepository invitations, ExpoDeskI18NProvider messages,
            @Value("${expodesk.mail.from:invitations@expodesk.local}") String from) {
        this.mail = mail;
        this.campaigns = campaigns;
        this.guests = guests;
        this.invitations = invitations;
        this.messages = messages;
        this.from = from;
    }

    @PreAuthorize(GuestService.MANAGERS)
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Makes a new link and sends it. The link is made (and the invitation marked sent) in its own transaction
     * before the e-mail leaves; when sending fails the office sees why and can send again or copy the link.
     */
    @PreAuthorize(GuestService.MANAGERS)
    public void send(long invitationId) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new BusinessRuleException("guest.mail.error.not-configured");
        }
        Invitation invitation = invitations.findById(invitationId).orElseThrow(() -> new NotFoundException("invitation", invitationId));
        Guest guest = guests.load(invitation.guestId());
        if (guest.email() == null) {
            throw new BusinessRuleException("guest.mail.error.no-address", guest.nameZh());
        }
        GuestCampaign campaign = campaigns.load(invitation.campaignId());
        EventSummary event = guests.event(invitation.eventId());
        IssuedLink link = campaigns.issueLink(invitationId);
        GuestSummary g = guest.toSummary(event.timeZone());
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(guest.email());
            helper.setSubject(text("guest.mail.subject", Locale.SIMPLIFIED_CHINESE, event.nameZh()) + " / "
                    + text("guest.mail.subject", Locale.ENGLISH, event.nameEn()));
            helper.setText(body(Locale.SIMPLIFIED_CHINESE, g, event, campaign, link.link()) + "\n\n――――\n\n"
                    + body(Locale.ENGLISH, g, event, campaign, link.link()));
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new BusinessRuleException("guest.mail.error.failed", guest.email());
        }
    }

    private String body(Locale locale, GuestSummary g, EventSummary event, GuestCampaign campaign, String link) {
        String programme = locale.getLanguage().equals("zh") || campaign.programmeEn() == null ? campaign.programmeZh() : campaign.programmeEn();
        return text("guest.mail.salutation", locale, g.displayName(locale)) + "\n\n"
                + text("guest.mail.body", locale, event.name(locale), event.startDate(), event.endDate(),
                        event.venueName(locale) == null ? "" : event.venueName(locale))
                + (programme == null ? "" : "\n\n" + programme)
                + "\n\n" + text("guest.mail.link", locale) + "\n" + link;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getTranslation(key, locale, args);
    }
}
