package org.expodesk.booth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapSweepTest {

    private static Footprint booth(String code, long x, long y, long width, long depth) {
        return new Footprint(0, code, x, y, width, depth);
    }

    @Test
    void booths_sharing_an_edge_or_a_corner_do_not_overlap() {
        Footprint a = booth("A", 0, 0, 300, 300);
        List<Footprint> touching = List.of(a, booth("east", 300, 0, 300, 300), booth("south", 0, 300, 300, 300),
                booth("corner", 300, 300, 300, 300));
        assertThat(OverlapSweep.find(touching, 100)).isEmpty();
    }

    @Test
    void one_centimetre_into_a_neighbour_is_an_overlap() {
        List<Footprint> booths = List.of(booth("A", 0, 0, 300, 300), booth("B", 299, 0, 300, 300));
        assertThat(OverlapSweep.find(booths, 100)).extracting(o -> o.first().code() + "/" + o.second().code())
                .containsExactly("A/B");
    }

    @Test
    void a_booth_inside_another_and_an_identical_booth_overlap() {
        List<Footprint> booths = List.of(booth("big", 0, 0, 1000, 1000), booth("inside", 200, 200, 300, 300),
                booth("twin", 0, 0, 1000, 1000));
        assertThat(OverlapSweep.find(booths, 100)).hasSize(3);
    }

    @Test
    void a_long_booth_spanning_many_columns_is_compared_with_all_of_them() {
        List<Footprint> booths = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            booths.add(booth("A" + i, i * 300L, 0, 300, 300));
        }
        booths.add(booth("long", 0, 150, 3000, 300));
        assertThat(OverlapSweep.find(booths, 100)).hasSize(10);
    }

    @Test
    void the_limit_cuts_the_list_short() {
        List<Footprint> booths = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            booths.add(booth("S" + i, 0, 0, 300, 300));
        }
        assertThat(OverlapSweep.find(booths, 5)).hasSize(5);
    }

    @Test
    void the_sweep_finds_exactly_the_pairs_that_comparing_every_pair_finds() {
        Random random = new Random(20261127);
        for (int round = 0; round < 50; round++) {
            List<Footprint> booths = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                booths.add(booth("B" + i, random.nextInt(40) * 50L, random.nextInt(40) * 50L,
                        (1 + random.nextInt(8)) * 50L, (1 + random.nextInt(8)) * 50L));
            }
            assertThat(pairs(OverlapSweep.find(booths, Integer.MAX_VALUE)))
                    .isEqualTo(pairs(OverlapSweep.findByComparingAllPairs(booths, Integer.MAX_VALUE)));
        }
    }

    private static List<String> pairs(List<OverlapSweep.Overlap> overlaps) {
        return overlaps.stream().map(o -> {
            String a = o.first().code();
            String b = o.second().code();
            return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
        }).sorted(Comparator.naturalOrder()).toList();
    }
}
