package org.expodesk.booth;

import java.math.BigDecimal;

/** A named door on a hall's outline (北门, 东1门), drawn on the plan so visitors' flow can be read from it. */
public record Entrance(String label, Wall wall, BigDecimal offset) {
}
