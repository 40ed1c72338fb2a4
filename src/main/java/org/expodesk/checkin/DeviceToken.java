package org.expodesk.checkin;

/** What an enrolled device receives once: its bearer token (only its hash is stored) and where it scans. */
public record DeviceToken(String token, long deviceId, long eventId, long gateId, String gateCode) {
}
