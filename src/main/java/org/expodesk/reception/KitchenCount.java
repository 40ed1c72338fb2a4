package org.expodesk.reception;

import java.util.Map;

/** What the kitchen must prepare for a meal: persons seated and, by dietary need as the guests wrote it, how many. */
public record KitchenCount(long mealId, int persons, Map<String, Integer> byDietary) {
}
