package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.expodesk.guest.RsvpAnswer;
import org.expodesk.guest.RsvpForm;
import org.expodesk.guest.RsvpInvitation;
import org.expodesk.guest.RsvpOpening;
import org.expodesk.guest.RsvpService;
import org.expodesk.guest.TravelMode;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.LanguageSwitcher;
import org.expodesk.shared.ui.LanguageSwitch;
import org.jspecify.annotations.Nullable;

/**
 * The guest's RSVP page, reached through the personal link without signing in, laid out for a phone: the event,
 * a personal greeting, the programme, then the answer with companions, arrival and departure (flight or train number,
 * station or airport, date and time in the event's time zone), hotel wish and dietary needs. After the deadline it
 * shows the answer given and says the answers are closed.
 */
@Route(value = "rsvp/:token", autoLayout = false)
@StyleSheet("styles/guests.css")
@AnonymousAllowed
public class RsvpView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final RsvpService rsvp;
    private final LanguageSwitcher languages;
    private String token = "";
    private String address = "unknown";
    private @Nullable RsvpInvitation shown;

    public RsvpView(RsvpService rsvp, LanguageSwitcher languages) {
        this.rsvp = rsvp;
        this.languages = languages;
        addClassName("rsvp");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        VaadinRequest request = VaadinRequest.getCurrent();
        address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        RsvpOpening opening = rsvp.open(token, address);
        removeAll();
        Header header = new Header(new LanguageSwitch(languages));
        header.addClassName("rsvp__header");
        add(header);
        switch (opening) {
            case RsvpOpening.Found found -> show(header, found.invitation(), null);
            case RsvpOpening.Unknown unknown -> message("rsvp-unknown", getTranslation("guest.rsvp.error.unknown-link"));
            case RsvpOpening.Throttled throttled -> message("rsvp-throttled", getTranslation("guest.rsvp.error.throttled"));
        }
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("guest.rsvp.title") : shown.event().name(getLocale()) + " · " + getTranslation("guest.rsvp.title");
    }

    private void show(Header header, RsvpInvitation invitation, @Nullable String notice) {
        shown = invitation;
        Locale locale = getLocale();
        H1 title = new H1(invitation.event().name(locale));
        title.setId("rsvp-event");
        Span when = new Span(invitation.event().startDate() + " – " + invitation.event().endDate()
                + (invitation.event().venueName(locale) == null ? "" : " · " + invitation.event().venueName(locale)));
        when.addClassName("rsvp__when");
        header.add(title, when);
        Paragraph greeting = new Paragraph(getTranslation("guest.rsvp.greeting", invitation.guestName(locale)));
        greeting.addClassName("rsvp__greeting");
        greeting.setId("rsvp-greeting");
        add(greeting);
        String programme = invitation.programme(locale);
        if (programme != null) {
            Paragraph p = new Paragraph(programme);
            p.addClassName("rsvp__programme");
            add(p);
        }
        String deadline = DEADLINE.format(invitation.deadline());
        if (notice != null) {
            message("rsvp-saved", notice).addClassName("rsvp__saved");
        }
        if (!invitation.open()) {
            Div closed = message("rsvp-closed", getTranslation("guest.rsvp.error.deadline-passed", deadline, invitation.deadline().getZone().getId()));
            closed.addClassName("rsvp__closed");
            add(new Paragraph(getTranslation("guest.rsvp.your-answer", getTranslation(invitation.answer().messageKey()))));
            return;
        }
        Span until = new Span(getTranslation("guest.rsvp.until", deadline, invitation.deadline().getZone().getId()));
        until.addClassName("rsvp__deadline");
        add(until);
        add(form(invitation));
    }

    private Div form(RsvpInvitation invitation) {
        BeanValidationBinder<RsvpForm> binder = new BeanValidationBinder<>(RsvpForm.class);
        RadioButtonGroup<RsvpAnswer> answer = new RadioButtonGroup<>(getTranslation("guest.rsvp.answer"));
        answer.setItems(RsvpAnswer.ACCEPTED, RsvpAnswer.DECLINED);
        answer.setItemLabelGenerator(a -> getTranslation("guest.rsvp.answer." + a.name().toLowerCase(Locale.ROOT)));
        answer.setId("rsvp-answer");
        binder.forField(answer).asRequired().bind(RsvpForm::getAnswer, RsvpForm::setAnswer);
        IntegerField companions = new IntegerField(getTranslation("guest.field.companions"));
        companions.setMin(0);
        companions.setMax(20);
        companions.setStepButtonsVisible(true);
        companions.setId("rsvp-companions");
        binder.forField(companions).withNullRepresentation(0).bind(RsvpForm::getCompanions, RsvpForm::setCompanions);
        TextField companionNames = field("guest.field.companion-names", "rsvp-companion-names");
        binder.forField(companionNames).bind(RsvpForm::getCompanionNames, RsvpForm::setCompanionNames);
        Div travel = new Div();
        travel.add(leg("arrival", binder, true), leg("departure", binder, false));
        TextField hotel = field("guest.field.hotel-wish", "rsvp-hotel");
        binder.forField(hotel).bind(RsvpForm::getHotelWish, RsvpForm::setHotelWish);
        TextField dietary = field("guest.field.dietary", "rsvp-dietary");
        binder.forField(dietary).bind(RsvpForm::getDietary, RsvpForm::setDietary);
        Div coming = new Div(companions, companionNames, travel, hotel, dietary);
        answer.addValueChangeListener(e -> coming.setVisible(e.getValue() != RsvpAnswer.DECLINED));
        binder.readBean(invitation.form());
        coming.setVisible(invitation.form().getAnswer() != RsvpAnswer.DECLINED);
        Button save = new Button(getTranslation("guest.rsvp.send"), e -> {
            RsvpForm form = new RsvpForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                RsvpInvitation saved = rsvp.answer(token, address, form);
                removeAll();
                Header header = new Header(new LanguageSwitch(languages));
                header.addClassName("rsvp__header");
                add(header);
                show(header, saved, getTranslation(form.getAnswer() == RsvpAnswer.ACCEPTED ? "guest.rsvp.thanks" : "guest.rsvp.sorry"));
            } catch (BusinessRuleException ex) {
                message("rsvp-error", getTranslation(ex.messageKey(), ex.arguments())).addClassName("rsvp__closed");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("rsvp__save");
        save.setId("rsvp-save");
        return new Div(answer, coming, save);
    }

    private Div leg(String which, BeanValidationBinder<RsvpForm> binder, boolean arrival) {
        H2 heading = new H2(getTranslation("guest.rsvp." + which));
        Select<TravelMode> mode = new Select<>();
        mode.setLabel(getTranslation("guest.field.travel-mode"));
        mode.setItems(TravelMode.values());
        mode.setEmptySelectionAllowed(true);
        mode.setEmptySelectionCaption(getTranslation("guest.rsvp.not-yet-known"));
        mode.setItemLabelGenerator(m -> m == null ? getTranslation("guest.rsvp.not-yet-known") : getTranslation(m.messageKey()));
        mode.setId("rsvp-" + which + "-mode");
        TextField number = field("guest.field.travel-number", "rsvp-" + which + "-number");
        number.setPlaceholder("G1653 / MF8512");
        TextField place = field("guest.field.travel-place", "rsvp-" + which + "-place");
        DateTimePicker at = new DateTimePicker(getTranslation("guest.field.travel-at"));
        at.setLocale(AppLocales.isChinese(getLocale()) ? Locale.CHINA : Locale.UK);
        at.setId("rsvp-" + which + "-at");
        if (arrival) {
            binder.forField(mode).bind(RsvpForm::getArrivalMode, RsvpForm::setArrivalMode);
            binder.forField(number).bind(RsvpForm::getArrivalNumber, RsvpForm::setArrivalNumber);
            binder.forField(place).bind(RsvpForm::getArrivalPlace, RsvpForm::setArrivalPlace);
            binder.forField(at).bind(RsvpForm::getArrivalAt, RsvpForm::setArrivalAt);
        } else {
            binder.forField(mode).bind(RsvpForm::getDepartureMode, RsvpForm::setDepartureMode);
            binder.forField(number).bind(RsvpForm::getDepartureNumber, RsvpForm::setDepartureNumber);
            binder.forField(place).bind(RsvpForm::getDeparturePlace, RsvpForm::setDeparturePlace);
            binder.forField(at).bind(RsvpForm::getDepartureAt, RsvpForm::setDepartureAt);
        }
        Div leg = new Div(heading, mode, number, place, at);
        leg.addClassName("rsvp__leg");
        return leg;
    }

    private TextField field(String labelKey, String id) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setId(id);
        return f;
    }

    private Div message(String id, String text) {
        Div div = new Div(new Paragraph(text));
        div.setId(id);
        add(div);
        return div;
    }
}
