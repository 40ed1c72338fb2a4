package org.expodesk.checkin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.expodesk.badge.BadgeTypeService;
import org.expodesk.badge.BadgeTypeSummary;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.checkin.DeviceEnrolment;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.DeviceSummary;
import org.expodesk.checkin.GateService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.event.CurrentEvent;
import org.expodesk.event.EventService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.Roles;
import org.expodesk.shared.ui.Toast;
import org.expodesk.shared.ui.ViewTitle;

/**
 * The gates of the current event and their scanning devices, for the office: create and edit gates (hall
 * counted, badge types admitted, open or closed), register a device for a gate and show its one-time
 * enrolment code as a QR code, give a device a new code, revoke a lost one. An event has a handful of gates
 * and devices, so both grids hold their whole lists.
 */
@Route("gates")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISER})
@Menu(order = 45, title = "nav.gates", icon = "vaadin:sign-in")
public class GatesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final GateService gates;
    private final DeviceService devices;
    private final Grid<GateSummary> gateGrid = new Grid<>();
    private final Grid<DeviceSummary> deviceGrid = new Grid<>();
    private long eventId;
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private List<HallSummary> halls = List.of();
    private List<BadgeTypeSummary> types = List.of();

    public GatesView(GateService gates, DeviceService devices, HallService hallService, BadgeTypeService typeService,
            EventService events, CurrentEvent currentEvent) {
        this.gates = gates;
        this.devices = devices;
        addClassName("view");
        setPadding(false);
        Long current = currentEvent.id().orElse(null);
        if (current == null) {
            add(new ViewTitle(getTranslation("checkin.gates.title")));
            Paragraph none = new Paragraph(getTranslation("checkin.gates.no-event"));
            none.setId("gates-no-event");
            add(none);
            return;
        }
        eventId = current;
        events.find(eventId).ifPresent(e -> zone = e.timeZone());
        halls = hallService.halls(eventId);
        types = typeService.types(eventId);

        Button newGate = new Button(getTranslation("checkin.gate.new"), VaadinIcon.PLUS.create(),
                e -> new GateFormDialog(gates, eventId, null, halls, types, this::refresh).open());
        newGate.setId("gate-new");
        newGate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new ViewTitle(getTranslation("checkin.gates.title"), newGate));
        configureGates();
        H3 deviceTitle = new H3(getTranslation("checkin.devices.title"));
        Paragraph deviceHint = new Paragraph(getTranslation("checkin.devices.hint"));
        deviceHint.addClassName("dialog-hint");
        configureDevices();
        add(gateGrid, deviceTitle, deviceHint, deviceGrid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkin.gates.title") + " · " + getTranslation("app.name");
    }

    private void configureGates() {
        gateGrid.setId("gate-grid");
        gateGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        gateGrid.setAllRowsVisible(true);
        Map<Long, HallSummary> hallsById = halls.stream().collect(Collectors.toMap(HallSummary::id, Function.identity()));
        gateGrid.addColumn(GateSummary::code).setHeader(getTranslation("checkin.gate.code")).setAutoWidth(true).setFlexGrow(0);
        gateGrid.addColumn(g -> g.name(getLocale())).setHeader(getTranslation("checkin.gate.name")).setWidth("10rem").setFlexGrow(2);
        gateGrid.addColumn(g -> g.hallId() == null || !hallsById.containsKey(g.hallId()) ? "—"
                : hallsById.get(g.hallId()).name(getLocale())).setHeader(getTranslation("checkin.gate.hall")).setWidth("10rem").setFlexGrow(2);
        gateGrid.addColumn(g -> typeNames(gates.allowedTypes(g.id()))).setHeader(getTranslation("checkin.gate.types"))
                .setWidth("9rem").setFlexGrow(2);
        gateGrid.addComponentColumn(this::state).setHeader(getTranslation("checkin.gate.state")).setAutoWidth(true).setFlexGrow(0);
        gateGrid.addComponentColumn(this::gateActions).setAutoWidth(true).setFlexGrow(0);
    }

    private String typeNames(Set<Long> allowed) {
        if (allowed.isEmpty()) {
            return getTranslation("checkin.gate.all-types");
        }
        return types.stream().filter(t -> allowed.contains(t.id())).map(t -> t.name(getLocale()))
                .collect(Collectors.joining(getLocale().getLanguage().equals("zh") ? "、" : ", "));
    }

    private Span state(GateSummary gate) {
        Span state = new Span(getTranslation(gate.active() ? "checkin.gate.open" : "checkin.gate.closed"));
        state.getElement().getThemeList().add(gate.active() ? "badge success pill" : "badge contrast pill");
        return state;
    }

    private Component gateActions(GateSummary gate) {
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new GateFormDialog(gates, eventId, gate.id(), halls, types, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        edit.setId("gate-edit-" + gate.code());
        Button device = new Button(getTranslation("checkin.device.register"), VaadinIcon.MOBILE.create(),
                e -> new RegisterDeviceDialog(devices, gate, this::showEnrolment).open());
        device.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        device.setId("gate-register-device-" + gate.code());
        HorizontalLayout actions = new HorizontalLayout(edit, device);
        actions.setSpacing(false);
        return actions;
    }

    private void configureDevices() {
        deviceGrid.setId("device-grid");
        deviceGrid.setAllRowsVisible(true);
        deviceGrid.addColumn(DeviceSummary::name).setHeader(getTranslation("checkin.device.name")).setWidth("10rem").setFlexGrow(2);
        deviceGrid.addColumn(DeviceSummary::gateCode).setHeader(getTranslation("checkin.device.gate")).setAutoWidth(true).setFlexGrow(0);
        deviceGrid.addColumn(d -> getTranslation("checkin.device.status." + d.status().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("checkin.device.status")).setWidth("10rem").setFlexGrow(0);
        deviceGrid.addColumn(d -> d.enrolledAt() == null ? "—" : TIME.format(d.enrolledAt().atZone(zone)))
                .setHeader(getTranslation("checkin.device.enrolled-at")).setAutoWidth(true).setFlexGrow(0);
        deviceGrid.addComponentColumn(this::deviceActions).setAutoWidth(true).setFlexGrow(0);
    }

    private Component deviceActions(DeviceSummary device) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if ("REVOKED".equals(device.status())) {
            return actions;
        }
        Button code = new Button(getTranslation("checkin.device.new-code"), VaadinIcon.QRCODE.create(), e -> {
            try {
                showEnrolment(devices.newEnrolmentCode(device.id()));
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        code.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        code.setId("device-new-code-" + device.id());
        Button revoke = new Button(getTranslation("checkin.device.revoke"), VaadinIcon.BAN.create(), e -> confirmRevoke(device));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        revoke.setId("device-revoke-" + device.id());
        actions.setSpacing(true);
        actions.add(code, revoke);
        return actions;
    }

    private void confirmRevoke(DeviceSummary device) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("checkin.device.revoke.title", device.name()),
                getTranslation("checkin.device.revoke.text"), getTranslation("checkin.device.revoke"), e -> {
                    devices.revoke(device.id());
                    Toast.success(getTranslation("checkin.device.revoked", device.name()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void showEnrolment(DeviceEnrolment enrolment) {
        refresh();
        String gateName = gates.find(enrolment.gateId()).name(getLocale());
        new EnrolmentDialog(enrolment, gateName, zone).open();
    }

    private void refresh() {
        gateGrid.setItems(gates.gatesOf(eventId));
        deviceGrid.setItems(devices.devicesOf(eventId));
    }
}
