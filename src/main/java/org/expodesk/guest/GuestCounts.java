package org.expodesk.guest;

/** How many guests an event has and how many answered yes or no. */
public record GuestCounts(long guests, long accepted, long declined) {
}
