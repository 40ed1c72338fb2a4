package org.expodesk.badge;

/** A signing key signs new codes while ACTIVE; once RETIRED by a rotation it only verifies codes already printed. */
public enum BadgeKeyStatus {
    ACTIVE,
    RETIRED
}
