package org.expodesk.booth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.expodesk.booth.SplitAxis;
import org.junit.jupiter.api.Test;

class ReshapeTest {

    private static Footprint booth(String code, long x, long y, long width, long depth) {
        return new Footprint(0, code, x, y, width, depth);
    }

    @Test
    void two_booths_side_by_side_form_one_rectangle() {
        assertThat(Reshape.union(List.of(booth("A-001", 0, 0, 300, 300), booth("A-002", 300, 0, 300, 300)), "A-001"))
                .contains(booth("A-001", 0, 0, 600, 300));
    }

    @Test
    void four_booths_in_a_square_form_one_island() {
        List<Footprint> square = List.of(booth("1", 0, 0, 300, 300), booth("2", 300, 0, 300, 300),
                booth("3", 0, 300, 300, 300), booth("4", 300, 300, 300, 300));
        assertThat(Reshape.union(square, "1")).contains(booth("1", 0, 0, 600, 600));
    }

    @Test
    void booths_in_an_l_shape_or_with_a_gap_form_no_rectangle() {
        assertThat(Reshape.union(List.of(booth("1", 0, 0, 300, 300), booth("2", 300, 0, 300, 300),
                booth("3", 0, 300, 300, 300)), "1")).isEmpty();
        assertThat(Reshape.union(List.of(booth("1", 0, 0, 300, 300), booth("2", 400, 0, 300, 300)), "1")).isEmpty();
        assertThat(Reshape.union(List.of(booth("1", 0, 0, 300, 300), booth("2", 300, 0, 300, 200)), "1")).isEmpty();
    }

    @Test
    void overlapping_booths_whose_areas_happen_to_add_up_form_no_rectangle() {
        // 6×3 bounding box = 18 m²; two 3×3 overlapping by 1 m plus a 1×3 strip also add up to 18 m².
        assertThat(Reshape.union(List.of(booth("1", 0, 0, 300, 300), booth("2", 200, 0, 300, 300),
                booth("3", 500, 0, 100, 300)), "1")).isEmpty();
    }

    @Test
    void a_split_along_the_width_gives_equal_pieces_side_by_side_coded_with_letters() {
        assertThat(Reshape.split(booth("A-012", 1000, 500, 600, 300), 2, SplitAxis.WIDTH)).containsExactly(
                booth("A-012A", 1000, 500, 300, 300), booth("A-012B", 1300, 500, 300, 300));
        assertThat(Reshape.split(booth("A-012", 1000, 500, 300, 600), 3, SplitAxis.DEPTH)).containsExactly(
                booth("A-012A", 1000, 500, 300, 200), booth("A-012B", 1000, 700, 300, 200),
                booth("A-012C", 1000, 900, 300, 200));
    }

    @Test
    void a_length_that_does_not_divide_to_the_centimetre_still_fills_the_booth() {
        List<Footprint> pieces = Reshape.split(booth("R", 0, 0, 1000, 300), 3, SplitAxis.WIDTH);
        assertThat(pieces).extracting(Footprint::width).containsExactly(334L, 333L, 333L);
        assertThat(pieces.getLast().right()).isEqualTo(1000);
    }

    @Test
    void a_shared_price_adds_up_to_the_fen() {
        assertThat(Reshape.share(new BigDecimal("10000.00"), 3)).containsExactly(
                new BigDecimal("3333.34"), new BigDecimal("3333.33"), new BigDecimal("3333.33"));
        assertThat(Reshape.share(new BigDecimal("9000"), 2)).containsExactly(new BigDecimal("4500.00"), new BigDecimal("4500.00"));
    }
}
