package org.expodesk.checkin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.expodesk.checkin.domain.DeviceStatus;
import org.expodesk.checkin.domain.Gate;
import org.expodesk.checkin.domain.GateRepository;
import org.expodesk.checkin.domain.ScanDevice;
import org.expodesk.checkin.domain.ScanDeviceRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.domain.Texts;
import org.expodesk.shared.security.EventAccessPolicy;
import org.expodesk.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scanning devices: the office registers one for a gate and shows it a one-time enrolment code (valid
 * {@link #ENROLMENT_VALIDITY}); the device exchanges the code for its bearer token; the office revokes a lost
 * device, and its token stops working at its next request.
 */
@Service
@Transactional(readOnly = true)
public class DeviceService {

    public static final Duration ENROLMENT_VALIDITY = Duration.ofMinutes(15);

    /** How long a known token is believed without asking the database (see {@link #authenticate}). */
    static final Duration TOKEN_FRESH = Duration.ofSeconds(10);

    private final Cache<String, ScanningDevice> tokens = Caffeine.newBuilder().expireAfterWrite(TOKEN_FRESH)
            .maximumSize(10_000).build();

    private final ScanDeviceRepository devices;
    private final GateRepository gates;
    private final EventAccessPolicy access;
    private final Clock clock;

    DeviceService(ScanDeviceRepository devices, GateRepository gates, EventAccessPolicy access, Clock clock) {
        this.devices = devices;
        this.gates = gates;
        this.access = access;
        this.clock = clock;
    }

    /** A new device for the gate, with its one-time enrolment code (shown once). */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public DeviceEnrolment register(long gateId, String name) {
        Gate gate = gates.findById(gateId).orElseThrow(() -> new NotFoundException("gate", gateId));
        access.requireAccess(gate.eventId());
        String label = Texts.blankToNull(name);
        if (label == null || label.length() > 100) {
            throw new BusinessRuleException("checkin.error.device-name");
        }
        ScanDevice device = devices.saveAndFlush(new ScanDevice(gate.eventId(), gateId, label, clock.instant()));
        return newCode(device);
    }

    /** A fresh code for a device whose code expired, or to move an enrolled device to a new phone. */
    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public DeviceEnrolment newEnrolmentCode(long deviceId) {
        ScanDevice device = load(deviceId);
        if (device.status() == DeviceStatus.REVOKED) {
            throw new BusinessRuleException("checkin.error.device-revoked");
        }
        return newCode(device);
    }

    @Transactional
    @PreAuthorize(Roles.OFFICE)
    public void revoke(long deviceId) {
        ScanDevice device = load(deviceId);
        forgetToken(device);
        device.revoke(clock.instant());
        devices.saveAndFlush(device);
    }

    @PreAuthorize(Roles.OFFICE)
    public List<DeviceSummary> devicesOf(long eventId) {
        access.requireAccess(eventId);
        Map<Long, String> gateCodes = gates.findByEventIdOrderByCode(eventId).stream()
                .collect(Collectors.toMap(Gate::requireId, Gate::code));
        return devices.findByEventIdOrderByGateIdAscIdAsc(eventId).stream().map(d -> new DeviceSummary(d.requireId(),
                d.eventId(), d.gateId(), gateCodes.getOrDefault(d.gateId(), "?"), d.name(), d.status().name(), d.createdAt(),
                d.enrolledAt(), d.revokedAt(), d.enrolmentOpen(clock.instant()) ? d.enrolmentExpiresAt() : null)).toList();
    }

    /**
     * The device's side: a valid, unexpired code buys a token, once. Open to anyone, as signing in is: the code is
     * the credential. Wrong, used and expired codes get the same refusal.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public DeviceToken enrol(String code) {
        String hash = DeviceSecrets.hash(DeviceSecrets.normaliseEnrolmentCode(code));
        ScanDevice device = devices.findByEnrolmentCodeHash(hash).filter(d -> d.enrolmentOpen(clock.instant()))
                .orElseThrow(() -> new BusinessRuleException("checkin.error.enrolment-invalid"));
        String token = DeviceSecrets.newToken();
        forgetToken(device);
        device.enrol(DeviceSecrets.hash(token), clock.instant());
        devices.saveAndFlush(device);
        Gate gate = gates.findById(device.gateId()).orElseThrow();
        return new DeviceToken(token, device.requireId(), device.eventId(), device.gateId(), gate.code());
    }

    /**
     * The enrolled device a bearer token belongs to, for the API's authentication filter; revoked tokens find none.
     * A known token is kept for {@link #TOKEN_FRESH} rather than read on every scan; revoking or re-enrolling a device
     * here drops it once committed, so this instance locks the old token out at its next request, and other instances
     * of the application within {@link #TOKEN_FRESH}. Unknown tokens are not kept: each is looked up.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ScanningDevice> authenticate(String token) {
        // Computed atomically per token: a revocation dropping it while it is being read waits and then removes it.
        return Optional.ofNullable(tokens.get(DeviceSecrets.hash(token), hash -> devices
                .findByTokenHashAndStatus(hash, DeviceStatus.ENROLLED)
                .map(d -> new ScanningDevice(d.requireId(), d.eventId(), d.gateId())).orElse(null)));
    }

    /** The device's current token stops being known here once the caller's transaction commits. */
    private void forgetToken(ScanDevice device) {
        String hash = device.tokenHash();
        if (hash != null) {
            AfterCommit.run(() -> tokens.invalidate(hash));
        }
    }

    private DeviceEnrolment newCode(ScanDevice device) {
        String code = DeviceSecrets.newEnrolmentCode();
        Instant expires = clock.instant().plus(ENROLMENT_VALIDITY);
        device.newEnrolmentCode(DeviceSecrets.hash(DeviceSecrets.normaliseEnrolmentCode(code)), expires);
        devices.saveAndFlush(device);
        return new DeviceEnrolment(device.requireId(), device.gateId(), device.name(), code, expires);
    }

    private ScanDevice load(long deviceId) {
        ScanDevice device = devices.findById(deviceId).orElseThrow(() -> new NotFoundException("device", deviceId));
        access.requireAccess(device.eventId());
        return device;
    }
}
