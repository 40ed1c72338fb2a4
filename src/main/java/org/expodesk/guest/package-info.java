/**
 * Guests of an event and their invitations: buyers, merchants and investors, VIPs, media and delegation members as
 * per-event profiles of the person record, duplicates found by mobile and by name + organisation and merged without
 * losing history; invitation campaigns with a target, each invitee's status and its history; bilingual invitation
 * letters (PDF with the RSVP link's QR code); the public RSVP page behind an unguessable personal link with arrival
 * and departure; sending by e-mail when SMTP is configured; the Excel import of guest lists. Reception and lodging
 * build on {@link org.expodesk.guest.GuestService} and {@link org.expodesk.guest.GuestSummary} and react to
 * {@link org.expodesk.guest.GuestTravelChanged}.
 */
@NullMarked
package org.expodesk.guest;

import org.jspecify.annotations.NullMarked;
