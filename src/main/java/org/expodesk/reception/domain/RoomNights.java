package org.expodesk.reception.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The room nights of the blocks, in plain SQL because the database, not the application, keeps the two rules:
 * a room night can only be taken when its slot exists (so never more rooms in a night than the block holds) and
 * only once (unique key: never two parties in one room). Taking a room is an INSERT that either succeeds or is
 * refused by the unique key, whoever else is inserting at the same moment; the caller runs all nights of a stay in
 * one transaction, so a stay gets every night or none.
 */
@Component
public class RoomNights {

    /** Nights in which a block has more room nights taken than it holds; {@code %s} is the table of room nights. */
    public static final String NIGHTS_OVER_CAPACITY = """
            SELECT n.block_id, n.night, COUNT(*) AS taken, b.rooms
            FROM %s n JOIN reception_room_block b ON b.id = n.block_id
            WHERE b.event_id = ?
            GROUP BY n.block_id, n.night, b.rooms
            HAVING COUNT(*) > b.rooms""";

    /** Rooms holding more than one party in a night; {@code %s} is the table of room nights. */
    public static final String ROOMS_SHARED_BY_PARTIES = """
            SELECT n.block_id, n.night, n.room_no
            FROM %s n JOIN reception_room_block b ON b.id = n.block_id
            WHERE b.event_id = ?
            GROUP BY n.block_id, n.night, n.room_no
            HAVING COUNT(DISTINCT n.stay_id) > 1""";

    private final JdbcTemplate jdbc;

    RoomNights(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The block's slots: one per room and night; named rooms keep the hotel's number. */
    public void createSlots(long blockId, LocalDate firstNight, int nights, int rooms, List<String> names) {
        List<Object[]> rows = new ArrayList<>(nights * rooms);
        for (int night = 0; night < nights; night++) {
            for (int room = 1; room <= rooms; room++) {
                String name = names.isEmpty() ? null : names.get(room - 1);
                rows.add(new Object[] {blockId, Date.valueOf(firstNight.plusDays(night)), room, name});
            }
        }
        jdbc.batchUpdate("INSERT INTO reception_room_slot (block_id, night, room_no, room_name) VALUES (?, ?, ?, ?)", rows);
    }

    /** Rooms free in the night as this transaction sees them; another may take one first, which {@link #take} tells. */
    public List<Integer> freeRooms(long blockId, LocalDate night) {
        return jdbc.queryForList("""
                SELECT s.room_no FROM reception_room_slot s
                WHERE s.block_id = ? AND s.night = ? AND NOT EXISTS (SELECT 1 FROM reception_room_night n
                    WHERE n.block_id = s.block_id AND n.night = s.night AND n.room_no = s.room_no)
                ORDER BY s.room_no""", Integer.class, blockId, Date.valueOf(night));
    }

    /** Takes the room for the stay in the night; false when another party has it (the unique key refused it). */
    public boolean take(long stayId, long blockId, LocalDate night, int roomNo) {
        try {
            jdbc.update("INSERT INTO reception_room_night (stay_id, block_id, night, room_no) VALUES (?, ?, ?, ?)",
                    stayId, blockId, Date.valueOf(night), roomNo);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public record Taken(LocalDate night, int roomNo, @Nullable String roomName) {
    }

    public List<Taken> ofStay(long stayId) {
        return jdbc.query("""
                SELECT n.night, n.room_no, s.room_name FROM reception_room_night n
                JOIN reception_room_slot s ON s.block_id = n.block_id AND s.night = n.night AND s.room_no = n.room_no
                WHERE n.stay_id = ? ORDER BY n.night""",
                (rs, i) -> new Taken(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getString(3)), stayId);
    }

    public record Load(long blockId, LocalDate night, int rooms, int taken) {
    }

    /** Rooms and taken rooms per block and night of the event. */
    public List<Load> loads(long eventId) {
        return jdbc.query("""
                SELECT s.block_id, s.night, COUNT(*), COUNT(n.stay_id)
                FROM reception_room_slot s JOIN reception_room_block b ON b.id = s.block_id
                LEFT JOIN reception_room_night n ON n.block_id = s.block_id AND n.night = s.night AND n.room_no = s.room_no
                WHERE b.event_id = ?
                GROUP BY s.block_id, s.night ORDER BY s.block_id, s.night""",
                (rs, i) -> new Load(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getInt(3), rs.getInt(4)), eventId);
    }

    /** Count of breaches of either rule in the event: should always be zero. */
    public int breaches(long eventId) {
        return jdbc.queryForList(NIGHTS_OVER_CAPACITY.formatted("reception_room_night"), eventId).size()
                + jdbc.queryForList(ROOMS_SHARED_BY_PARTIES.formatted("reception_room_night"), eventId).size();
    }
}
