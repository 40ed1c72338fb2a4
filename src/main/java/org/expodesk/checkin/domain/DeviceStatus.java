package org.expodesk.checkin.domain;

/** PENDING until the device enrols with its one-time code, ENROLLED while its token works, REVOKED for good. */
public enum DeviceStatus {
    PENDING,
    ENROLLED,
    REVOKED
}
