package org.expodesk.exhibitor;

/** One person of a company's booth staff. */
public record StaffSummary(long id, String name, String mobile, String role) {
}
