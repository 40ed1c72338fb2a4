package org.expodesk.guest;

/** Who a guest is to the fair: the office counts and treats them differently (VIPs get a car, media a press pass). */
public enum GuestCategory {
    BUYER, MERCHANT, VIP, MEDIA, DELEGATION, OTHER;

    public String messageKey() {
        return "guest.category." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
