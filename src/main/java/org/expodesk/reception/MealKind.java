package org.expodesk.reception;

/** A banquet (宴会) or a group meal (团餐); labels under {@code reception.meal-kind.<NAME>}. */
public enum MealKind {
    BANQUET, GROUP
}
