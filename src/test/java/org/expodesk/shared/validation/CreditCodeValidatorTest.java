package org.expodesk.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeValidatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", " 91350100m000100y43 "})
    void published_credit_codes_pass_the_check(String code) {
        assertThat(CreditCodeValidator.isValid(code)).isTrue();
    }

    @Test
    void a_changed_check_character_is_refused() {
        assertThat(CreditCodeValidator.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodeValidator.isValid("91350100M000100Y4")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100I000100Y43", "91350100O00010OY43", "9135010-M000100Y43", "913501000000000000000"})
    void letters_outside_the_alphabet_and_wrong_lengths_are_refused(String code) {
        assertThat(CreditCodeValidator.isValid(code)).isFalse();
    }

    @Test
    void every_check_character_that_the_rule_computes_validates_its_code() {
        String prefix = "91330782";
        for (char c : CreditCodeValidator.ALPHABET.toCharArray()) {
            String first17 = prefix + c + "MA2HX5K1";
            Character check = CreditCodeValidator.checkCharacter(first17);
            assertThat(check).isNotNull();
            assertThat(CreditCodeValidator.isValid(first17 + check)).as(first17).isTrue();
        }
    }

    @Test
    void empty_is_left_to_not_blank() {
        assertThat(CreditCodeValidator.isValid(null)).isTrue();
        assertThat(CreditCodeValidator.isValid(" ")).isTrue();
    }
}
