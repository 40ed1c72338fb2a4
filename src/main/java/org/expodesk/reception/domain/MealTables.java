package org.expodesk.reception.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

/** Meals, their tables and seats in plain SQL; a table's row is locked while its seats are counted. */
@Component
public class MealTables {

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert meals;

    MealTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.meals = new SimpleJdbcInsert(jdbc).withTableName("reception_meal").usingGeneratedKeyColumns("id")
                .usingColumns("event_id", "kind", "name_zh", "name_en", "starts_at", "place");
    }

    public record MealRow(long id, long eventId, String kind, String nameZh, @Nullable String nameEn, Instant startsAt, String place) {
    }

    public record TableRow(long id, long mealId, int tableNo, int seats) {
    }

    public record SeatRow(long tableId, long guestId, int persons) {
    }

    public long createMeal(long eventId, String kind, String nameZh, @Nullable String nameEn, Instant startsAt, String place) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("event_id", eventId);
        values.put("kind", kind);
        values.put("name_zh", nameZh);
        values.put("name_en", nameEn);
        values.put("starts_at", Timestamp.from(startsAt));
        values.put("place", place);
        return meals.executeAndReturnKey(values).longValue();
    }

    public void updateMeal(long mealId, String kind, String nameZh, @Nullable String nameEn, Instant startsAt, String place) {
        jdbc.update("UPDATE reception_meal SET kind = ?, name_zh = ?, name_en = ?, starts_at = ?, place = ? WHERE id = ?",
                kind, nameZh, nameEn, Timestamp.from(startsAt), place, mealId);
    }

    /** The meal with its tables and seats. */
    public void deleteMeal(long mealId) {
        jdbc.update("DELETE FROM reception_meal_seat WHERE meal_id = ?", mealId);
        jdbc.update("DELETE FROM reception_meal_table WHERE meal_id = ?", mealId);
        jdbc.update("DELETE FROM reception_meal WHERE id = ?", mealId);
    }

    /**
     * The meal and all its tables, locked until the transaction ends: a deletion counts the diners under the same
     * table locks that seating takes, so nobody is seated between the count and the deletion.
     */
    public void lockMealAndTables(long mealId) {
        jdbc.query("SELECT id FROM reception_meal WHERE id = ? FOR UPDATE", (rs, i) -> rs.getLong(1), mealId);
        jdbc.query("SELECT id FROM reception_meal_table WHERE meal_id = ? FOR UPDATE", (rs, i) -> rs.getLong(1), mealId);
    }

    /** Parties (guests, not persons) seated at the meal. */
    public int parties(long mealId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM reception_meal_seat WHERE meal_id = ?", Integer.class, mealId);
        return n == null ? 0 : n;
    }

    public @Nullable MealRow meal(long mealId) {
        return jdbc.query("SELECT id, event_id, kind, name_zh, name_en, starts_at, place FROM reception_meal WHERE id = ?",
                (rs, i) -> new MealRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7)), mealId).stream().findFirst().orElse(null);
    }

    public List<MealRow> meals(long eventId) {
        return jdbc.query("SELECT id, event_id, kind, name_zh, name_en, starts_at, place FROM reception_meal WHERE event_id = ? ORDER BY starts_at, id",
                (rs, i) -> new MealRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getString(7)), eventId);
    }

    /** Adds tables numbered after the highest table of the meal. */
    public void addTables(long mealId, int count, int seats) {
        Integer highest = jdbc.queryForObject("SELECT COALESCE(MAX(table_no), 0) FROM reception_meal_table WHERE meal_id = ?", Integer.class, mealId);
        int from = highest == null ? 0 : highest;
        for (int i = 1; i <= count; i++) {
            jdbc.update("INSERT INTO reception_meal_table (meal_id, table_no, seats) VALUES (?, ?, ?)", mealId, from + i, seats);
        }
    }

    public List<TableRow> tables(long mealId) {
        return jdbc.query("SELECT id, meal_id, table_no, seats FROM reception_meal_table WHERE meal_id = ? ORDER BY table_no",
                (rs, i) -> new TableRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)), mealId);
    }

    /** The table, locked until the transaction ends so its seats can be counted and filled without a race. */
    public @Nullable TableRow lockTable(long tableId) {
        return jdbc.query("SELECT id, meal_id, table_no, seats FROM reception_meal_table WHERE id = ? FOR UPDATE",
                (rs, i) -> new TableRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)), tableId).stream().findFirst().orElse(null);
    }

    public int taken(long tableId) {
        Integer n = jdbc.queryForObject("SELECT COALESCE(SUM(persons), 0) FROM reception_meal_seat WHERE table_id = ?", Integer.class, tableId);
        return n == null ? 0 : n;
    }

    public int unseat(long mealId, long guestId) {
        return jdbc.update("DELETE FROM reception_meal_seat WHERE meal_id = ? AND guest_id = ?", mealId, guestId);
    }

    public void seat(long mealId, long tableId, long guestId, int persons) {
        jdbc.update("INSERT INTO reception_meal_seat (meal_id, guest_id, table_id, persons) VALUES (?, ?, ?, ?)", mealId, guestId, tableId, persons);
    }

    public List<SeatRow> seats(long mealId) {
        return jdbc.query("SELECT table_id, guest_id, persons FROM reception_meal_seat WHERE meal_id = ? ORDER BY table_id, guest_id",
                (rs, i) -> new SeatRow(rs.getLong(1), rs.getLong(2), rs.getInt(3)), mealId);
    }
}
