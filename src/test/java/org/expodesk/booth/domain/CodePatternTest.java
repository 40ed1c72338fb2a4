package org.expodesk.booth.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.expodesk.booth.PlanRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePatternTest {

    @ParameterizedTest(name = "{0} at row {1}, column {2}, number {3} gives {4}")
    @CsvSource({
            "A-{n:03},        1, 1,   7, A-007",
            "A-{n:03},        1, 1, 123, A-123",
            "A-{n:03},        1, 1, 1234, A-1234",
            "A-{row}{col:02}, 2, 5,   0, A-205",
            "{row:A}{col:02}, 3, 12,  0, C12",
            "{row:a}-{col},   27, 1,  0, AA-1",
            "{ n }号,         1, 1,  42, 42号",
            "4-{col:2}{row:A}, 1, 9,  0, 4-09A"})
    void placeholders_are_replaced_and_formatted(String pattern, int row, int column, int n, String code) {
        assertThat(CodePattern.parse(pattern).format(row, column, n)).isEqualTo(code);
    }

    @Test
    void letters_count_like_spreadsheet_columns() {
        assertThat(CodePattern.letters(1)).isEqualTo("A");
        assertThat(CodePattern.letters(26)).isEqualTo("Z");
        assertThat(CodePattern.letters(27)).isEqualTo("AA");
        assertThat(CodePattern.letters(52)).isEqualTo("AZ");
        assertThat(CodePattern.letters(703)).isEqualTo("AAA");
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource(delimiter = '|', value = {
            "A-{x}        | booth.error.pattern.unknown",
            "A-{n:0}      | booth.error.pattern.format",
            "A-{n:A}      | booth.error.pattern.format",
            "A-{row:B}    | booth.error.pattern.format",
            "A-{n         | booth.error.pattern.unclosed",
            "A-{n{row}}   | booth.error.pattern.unclosed",
            "A-n}         | booth.error.pattern.unopened",
            "A-001        | booth.error.pattern.no-placeholder"})
    void a_bad_pattern_is_refused_with_its_reason(String pattern, String key) {
        assertThatThrownBy(() -> CodePattern.parse(pattern)).isInstanceOfSatisfying(PlanRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void the_unknown_placeholder_is_named_in_the_reason() {
        assertThatThrownBy(() -> CodePattern.parse("A-{num}")).isInstanceOfSatisfying(PlanRuleException.class,
                e -> assertThat(e.arguments()).containsExactly("{num}"));
    }
}
