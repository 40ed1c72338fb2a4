package org.expodesk.checkin.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.expodesk.badge.BadgeKeyService;
import org.expodesk.badge.BadgePublicKey;
import org.expodesk.badge.BadgeRevocation;
import org.expodesk.badge.GateBadgeLookup;
import org.expodesk.checkin.CheckInService;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.DeviceToken;
import org.expodesk.checkin.Direction;
import org.expodesk.checkin.OfflineScan;
import org.expodesk.checkin.ScanAnswer;
import org.expodesk.checkin.ScanResult;
import org.expodesk.checkin.ScanningDevice;
import org.expodesk.checkin.UploadedScan;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The device API (docs/api.md). Thin: each endpoint is one secured service call; the rules live in the services. */
@RestController
@RequestMapping("/api/v1")
class DeviceApiController {

    record EnrolRequest(@Nullable String code) {
    }

    record ScanRequest(@Nullable String code, @Nullable UUID nonce, @Nullable Direction direction) {
    }

    record OfflineScanRequest(@Nullable String code, @Nullable UUID nonce, @Nullable Direction direction,
            @Nullable Instant deviceTime, @Nullable ScanResult deviceResult) {
    }

    record BatchRequest(@Nullable List<OfflineScanRequest> scans) {
    }

    record BatchResponse(List<UploadedScan> results) {
    }

    record Revocations(Instant asOf, List<BadgeRevocation> revocations) {
    }

    private final DeviceService devices;
    private final CheckInService checkIn;
    private final BadgeKeyService keys;
    private final GateBadgeLookup badges;
    private final Clock clock;

    DeviceApiController(DeviceService devices, CheckInService checkIn, BadgeKeyService keys, GateBadgeLookup badges,
            Clock clock) {
        this.devices = devices;
        this.checkIn = checkIn;
        this.keys = keys;
        this.badges = badges;
        this.clock = clock;
    }

    @PostMapping("/devices/enrol")
    DeviceToken enrol(@RequestBody EnrolRequest request) {
        return devices.enrol(require(request.code(), "code"));
    }

    @PostMapping("/scans")
    ScanAnswer scan(@AuthenticationPrincipal ScanningDevice device, @RequestBody ScanRequest request) {
        return checkIn.scan(device.gateId(), request.code(), require(request.nonce(), "nonce"),
                require(request.direction(), "direction"));
    }

    @PostMapping("/scans/batch")
    BatchResponse upload(@RequestBody BatchRequest request) {
        List<OfflineScan> scans = require(request.scans(), "scans").stream()
                .map(s -> new OfflineScan(s.code(), require(s.nonce(), "nonce"), require(s.direction(), "direction"),
                        require(s.deviceTime(), "deviceTime"), s.deviceResult()))
                .toList();
        return new BatchResponse(checkIn.upload(scans));
    }

    @GetMapping("/events/{eventId}/verification-keys")
    List<BadgePublicKey> verificationKeys(@PathVariable long eventId) {
        return keys.verificationKeys(eventId);
    }

    /** {@code asOf} is the {@code since} of the device's next request, so no revocation falls between two. */
    @GetMapping("/events/{eventId}/revocations")
    Revocations revocations(@PathVariable long eventId, @RequestParam(required = false) @Nullable Instant since) {
        Instant asOf = clock.instant();
        return new Revocations(asOf, badges.revokedSince(eventId, since == null ? Instant.EPOCH : since));
    }

    private static <T> T require(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }
}
