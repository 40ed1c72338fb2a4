/**
 * The JSON API for scanning devices under {@code /api/v1} ({@code docs/api.md}): enrolment with a one-time code,
 * scans with a bearer token, the public keys and revocations for devices that verify offline, and offline
 * uploads. Its own stateless security chain: no session and no cookie are ever read here, so CSRF protection
 * is off on this path only; a token belongs to one device, one gate, and is rate-limited per device.
 */
@NullMarked
package org.expodesk.checkin.api;

import org.jspecify.annotations.NullMarked;
