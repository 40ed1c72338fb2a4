package org.expodesk.reception.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.expodesk.reception.ReceptionNotice;
import org.expodesk.reception.TripDirection;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who rides in which trip (one trip per guest and direction, by unique key) and the notices for the reception team. */
@Component
public class TripSeats {

    private final JdbcTemplate jdbc;

    TripSeats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Seat(long tripId, long guestId, int persons) {
    }

    public void add(long tripId, long guestId, TripDirection direction, int persons) {
        jdbc.update("INSERT INTO reception_trip_guest (trip_id, guest_id, direction, persons) VALUES (?, ?, ?, ?)",
                tripId, guestId, direction.name(), persons);
    }

    public int remove(long tripId, long guestId) {
        return jdbc.update("DELETE FROM reception_trip_guest WHERE trip_id = ? AND guest_id = ?", tripId, guestId);
    }

    public Optional<Long> tripOf(long guestId, TripDirection direction) {
        return jdbc.queryForList("SELECT trip_id FROM reception_trip_guest WHERE guest_id = ? AND direction = ?", Long.class,
                guestId, direction.name()).stream().findFirst();
    }

    public List<Seat> ofTrips(List<Long> tripIds) {
        if (tripIds.isEmpty()) {
            return List.of();
        }
        String in = tripIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return jdbc.query("SELECT trip_id, guest_id, persons FROM reception_trip_guest WHERE trip_id IN (" + in + ") ORDER BY trip_id, guest_id",
                (rs, i) -> new Seat(rs.getLong(1), rs.getLong(2), rs.getInt(3)));
    }

    public int persons(long tripId) {
        Integer n = jdbc.queryForObject("SELECT COALESCE(SUM(persons), 0) FROM reception_trip_guest WHERE trip_id = ?", Integer.class, tripId);
        return n == null ? 0 : n;
    }

    /** Guest id → trip id of every guest in a trip of the direction. */
    public Map<Long, Long> tripsByGuest(long eventId, TripDirection direction) {
        return jdbc.query("""
                SELECT g.guest_id, g.trip_id FROM reception_trip_guest g JOIN reception_trip t ON t.id = g.trip_id
                WHERE t.event_id = ? AND g.direction = ?""", (rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)),
                eventId, direction.name()).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void notice(long eventId, long guestId, @Nullable Long tripId, String reason, @Nullable String details, Instant at) {
        jdbc.update("INSERT INTO reception_notice (event_id, guest_id, trip_id, reason, details, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                eventId, guestId, tripId, reason, details, Timestamp.from(at));
    }

    public List<ReceptionNotice> notices(long eventId, Instant since) {
        return jdbc.query("""
                SELECT id, guest_id, trip_id, reason, details, created_at FROM reception_notice
                WHERE event_id = ? AND created_at >= ? ORDER BY created_at DESC, id DESC""",
                (rs, i) -> new ReceptionNotice(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()),
                eventId, Timestamp.from(since));
    }
}
