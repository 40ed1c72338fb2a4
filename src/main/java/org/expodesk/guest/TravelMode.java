package org.expodesk.guest;

/** How a guest travels to or from the fair; flights and trains have a number and a station or airport. */
public enum TravelMode {
    FLIGHT, TRAIN, CAR;

    public String messageKey() {
        return "guest.travel." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
