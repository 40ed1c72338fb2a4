package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.expodesk.shared.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;

class BadgeValidityTest {

    private static final LocalDate OPENING = LocalDate.of(2026, 10, 26);

    @Test
    void the_whole_fair_is_valid_from_the_first_to_the_last_day_and_not_a_day_more() {
        BadgeValidity fair = BadgeValidity.between(OPENING, OPENING, OPENING.plusDays(2));

        assertThat(fair).isEqualTo(new BadgeValidity(0, 0b111));
        assertThat(fair.isValidOn(OPENING, OPENING.minusDays(1))).isFalse();
        assertThat(fair.isValidOn(OPENING, OPENING)).isTrue();
        assertThat(fair.isValidOn(OPENING, OPENING.plusDays(2))).isTrue();
        assertThat(fair.isValidOn(OPENING, OPENING.plusDays(3))).isFalse();
    }

    @Test
    void build_up_and_tear_down_days_are_valid_without_the_fair_days_between_them() {
        List<LocalDate> crewDays = List.of(OPENING.minusDays(3), OPENING.minusDays(2), OPENING.minusDays(1), OPENING.plusDays(3));
        BadgeValidity crew = BadgeValidity.ofDays(OPENING, crewDays);

        assertThat(crew.firstDayOffset()).isEqualTo(-3);
        assertThat(crew.days(OPENING)).containsExactlyElementsOf(crewDays);
        assertThat(crew.isValidOn(OPENING, OPENING)).isFalse();
        assertThat(crew.isValidOn(OPENING, OPENING.plusDays(3))).isTrue();
    }

    @Test
    void the_same_days_in_any_order_give_the_same_validity() {
        assertThat(BadgeValidity.ofDays(OPENING, List.of(OPENING.plusDays(2), OPENING, OPENING.plusDays(2))))
                .isEqualTo(BadgeValidity.ofDays(OPENING, List.of(OPENING, OPENING.plusDays(2))));
    }

    @Test
    void days_more_than_the_window_apart_are_refused_with_a_message() {
        assertThatThrownBy(() -> BadgeValidity.ofDays(OPENING, List.of(OPENING, OPENING.plusDays(BadgeValidity.WINDOW_DAYS))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("badge.error.validity-too-long"));
        assertThat(BadgeValidity.ofDays(OPENING, List.of(OPENING, OPENING.plusDays(BadgeValidity.WINDOW_DAYS - 1))).days(OPENING))
                .hasSize(2);
    }

    @Test
    void no_days_or_days_too_far_from_the_opening_are_refused_with_a_message() {
        assertThatThrownBy(() -> BadgeValidity.ofDays(OPENING, List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("badge.error.validity-empty"));
        assertThatThrownBy(() -> BadgeValidity.ofDays(OPENING, List.of(OPENING.minusDays(129))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("badge.error.validity-out-of-range"));
        assertThat(BadgeValidity.ofDays(OPENING, List.of(OPENING.minusDays(128))).firstDayOffset()).isEqualTo(-128);
    }
}
