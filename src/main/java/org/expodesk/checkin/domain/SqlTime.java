package org.expodesk.checkin.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants in DATETIME columns as UTC wall-clock time, exactly as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone: UTC}), whatever the JVM's own time zone.
 */
final class SqlTime {

    private SqlTime() {
    }

    static @Nullable LocalDateTime of(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(@Nullable LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
