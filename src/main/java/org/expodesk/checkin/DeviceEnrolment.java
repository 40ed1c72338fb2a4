package org.expodesk.checkin;

import java.time.Instant;

/**
 * A one-time enrolment code for a registered device, shown once (as text and as a QR code) and never stored
 * in the clear. It expires at {@code expiresAt} and works once.
 */
public record DeviceEnrolment(long deviceId, long gateId, String name, String code, Instant expiresAt) {
}
