package org.expodesk.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expodesk.checkin.CheckInService;
import org.expodesk.checkin.Direction;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.checkin.ScanAnswer;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.jspecify.annotations.Nullable;

/**
 * The volunteer's scanning screen, made for a phone held in one hand at the gate. The volunteer picks the gate
 * once (kept in the session); then a badge comes in three ways: the phone's camera, a handheld scanner that
 * types the code into the scanner field and presses Enter (the field keeps the focus, so scans follow each other
 * without a touch), or the code typed or pasted by hand. Every scan gets a new random nonce, so a retried
 * request is recognised by the service and never counted twice, and a full-screen answer.
 */
@Route("scan")
@RolesAllowed({Roles.VOLUNTEER, Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 47, title = "nav.scan", icon = "vaadin:qrcode")
public class ScanView extends VerticalLayout implements HasDynamicTitle {

    static final String GATE_KEY = ScanView.class.getName() + ".gate";
    static final String DIRECTION_KEY = ScanView.class.getName() + ".direction";

    private final CheckInService checkIn;
    private final GateService gates;
    private final ZoneId zone;
    private final ScanAnswerOverlay answer = new ScanAnswerOverlay();
    private final TextField scannerField = new TextField();
    private @Nullable GateSummary gate;

    public ScanView(CheckInService checkIn, GateService gates, EventService events, CurrentEvent currentEvent, Clock clock) {
        this.checkIn = checkIn;
        this.gates = gates;
        addClassName("view");
        setPadding(true);
        setMaxWidth("36rem");
        getStyle().set("margin", "0 auto");
        Long eventId = currentEvent.id().orElse(null);
        this.zone = eventId == null ? clock.getZone()
                : events.find(eventId).map(EventSummary::timeZone).orElse(clock.getZone());
        if (eventId == null) {
            add(new H2(getTranslation("scan.title")), message("scan-no-event", getTranslation("scan.no-event")));
            return;
        }
        List<GateSummary> open = gates.gatesOf(eventId).stream().filter(GateSummary::active).toList();
        gate = rememberedGate(open);
        if (gate == null) {
            showGatePicker(open);
        } else {
            showScanning();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.title") + " · " + getTranslation("app.name");
    }

    private @Nullable GateSummary rememberedGate(List<GateSummary> open) {
        Object id = VaadinSession.getCurrent().getAttribute(GATE_KEY);
        return open.stream().filter(g -> id instanceof Long known && g.id() == known).findFirst().orElse(null);
    }

    private void showGatePicker(List<GateSummary> open) {
        removeAll();
        add(new H2(getTranslation("scan.pick-gate")));
        if (open.isEmpty()) {
            add(message("scan-no-gates", getTranslation("scan.no-gates")));
            return;
        }
        for (GateSummary candidate : open) {
            Button pick = new Button(candidate.code() + " · " + candidate.name(getLocale()), e -> {
                VaadinSession.getCurrent().setAttribute(GATE_KEY, candidate.id());
                gate = candidate;
                GateSignals.unlock(getElement());
                showScanning();
            });
            pick.addClassName("scan-gate");
            pick.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
            pick.setWidthFull();
            pick.getStyle().set("height", "3.5rem").set("font-size", "1.2rem");
            add(pick);
        }
    }

    private void showScanning() {
        GateSummary current = gate;
        if (current == null) {
            return;
        }
        removeAll();
        Span where = new Span(getTranslation("scan.at-gate", current.code(), current.name(getLocale())));
        where.setId("scan-gate");
        where.getStyle().set("font-weight", "700").set("font-size", "1.15rem");
        Button change = new Button(getTranslation("scan.change-gate"), e -> {
            VaadinSession.getCurrent().setAttribute(GATE_KEY, null);
            gate = null;
            showGatePicker(gates.gatesOf(current.eventId()).stream().filter(GateSummary::active).toList());
        });
        change.setId("scan-change-gate");
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout header = new HorizontalLayout(where, change);
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);

        add(header, directionToggle(), scannerField(), camera(), manualEntry(), answer);
        scannerField.focus();
    }

    /** IN or OUT for the scans that follow; kept in the session with the gate. */
    private HorizontalLayout directionToggle() {
        Button in = new Button(getTranslation("scan.direction.in"), VaadinIcon.SIGN_IN.create());
        Button out = new Button(getTranslation("scan.direction.out"), VaadinIcon.SIGN_OUT.create());
        in.setId("scan-direction-in");
        out.setId("scan-direction-out");
        Runnable paint = () -> {
            boolean inward = direction() == Direction.IN;
            in.setThemeName(inward ? "primary success" : "");
            out.setThemeName(inward ? "" : "primary error");
            in.getElement().setAttribute("aria-pressed", Boolean.toString(inward));
            out.getElement().setAttribute("aria-pressed", Boolean.toString(!inward));
        };
        in.addClickListener(e -> {
            VaadinSession.getCurrent().setAttribute(DIRECTION_KEY, Direction.IN);
            paint.run();
            scannerField.focus();
        });
        out.addClickListener(e -> {
            VaadinSession.getCurrent().setAttribute(DIRECTION_KEY, Direction.OUT);
            paint.run();
            scannerField.focus();
        });
        paint.run();
        HorizontalLayout toggle = new HorizontalLayout(in, out);
        toggle.setWidthFull();
        // Half the width each: Lumo buttons do not shrink, so two at full width would push one off the screen.
        for (Button half : List.of(in, out)) {
            half.getStyle().set("flex", "1 1 0").set("min-width", "0").set("height", "3rem");
        }
        return toggle;
    }

    /** Where a handheld scanner types: Enter sends, the field empties and keeps the focus for the next badge. */
    private TextField scannerField() {
        scannerField.setId("scan-field");
        scannerField.setLabel(getTranslation("scan.field"));
        scannerField.setHelperText(getTranslation("scan.field.hint"));
        scannerField.setWidthFull();
        scannerField.setAutofocus(true);
        scannerField.setPrefixComponent(VaadinIcon.BARCODE.create());
        scannerField.getElement().setAttribute("autocomplete", "off");
        scannerField.getElement().setAttribute("autocapitalize", "off");
        scannerField.getElement().setAttribute("spellcheck", "false");
        // The code is read from the key event itself: a scanner types fast, and its Enter must not depend on
        // whether the field's value reached the server before the key did.
        String value = "element" + ".value";
        scannerField.getElement().addEventListener("keydown", e -> {
            String code = e.getEventData().path(value).asString("");
            scannerField.clear();
            scannerField.getElement().executeJs("this.value = ''");
            scannerField.focus();
            scan(code);
        }).setFilter("event.key === 'Enter'").addEventData(value);
        return scannerField;
    }

    private Details camera() {
        BadgeScanner scanner = new BadgeScanner(new BadgeScanner.Texts(getTranslation("scan.camera.starting"),
                getTranslation("scan.camera.running"), getTranslation("scan.camera.insecure"),
                getTranslation("scan.camera.denied"), getTranslation("scan.camera.unavailable")));
        scanner.addScanListener(e -> scan(e.code()));
        Div holder = new Div();
        holder.setWidthFull();
        Details camera = new Details(getTranslation("scan.camera"), holder);
        camera.setId("scan-camera");
        camera.setWidthFull();
        // The camera is on only while this section is open: its light and battery are the volunteer's.
        camera.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                holder.add(scanner);
            } else {
                holder.removeAll();
                scannerField.focus();
            }
        });
        return camera;
    }

    private Details manualEntry() {
        TextArea code = new TextArea(getTranslation("scan.manual.code"));
        code.setId("scan-manual-code");
        code.setWidthFull();
        code.setHelperText(getTranslation("scan.manual.hint"));
        Button check = new Button(getTranslation("scan.manual.check"), e -> {
            scan(code.getValue());
            code.clear();
        });
        check.setId("scan-manual-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout content = new VerticalLayout(code, check);
        content.setPadding(false);
        Details manual = new Details(getTranslation("scan.manual"), content);
        manual.setId("scan-manual");
        manual.setWidthFull();
        return manual;
    }

    private void scan(@Nullable String code) {
        GateSummary current = gate;
        if (current == null || code == null || code.isBlank()) {
            return;
        }
        try {
            ScanAnswer result = checkIn.scan(current.id(), code, UUID.randomUUID(), direction());
            answer.show(result, zone, getLocale());
        } catch (BusinessRuleException e) {
            Toast.error(e);
        }
    }

    private Direction direction() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(DIRECTION_KEY)).map(Direction.class::cast)
                .orElse(Direction.IN);
    }

    private static Paragraph message(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }
}
