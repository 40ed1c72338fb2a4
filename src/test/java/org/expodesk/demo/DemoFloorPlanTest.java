package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.expodesk.booth.BoothFilter;
import org.expodesk.booth.BoothKind;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.OverlapSweep;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.expodesk.unit.UnitService;
import org.expodesk.unit.UnitSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo expo's floor plan: halls 4 and 5 (26,000 m²), about 400 booths, and the pavilion of 商城街道. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoFloorPlanTest {

    @Autowired
    EventService events;

    @Autowired
    HallService halls;

    @Autowired
    BoothService booths;

    @Autowired
    UnitService units;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_expo_has_halls_4_and_5_with_about_400_sound_booths_and_a_township_pavilion() {
        TestData.signInAs(new AppUser(0, "test", "", "Test", null, EnumSet.of(Role.ADMIN), true));
        EventSummary expo = events.list(new EventFilter("小商品博览会", false), PageRequest.of(0, 1)).getContent().getFirst();

        List<HallSummary> expoHalls = halls.halls(expo.id());
        assertThat(expoHalls).extracting(HallSummary::code).containsExactly("4", "5");
        assertThat(expoHalls.stream().map(HallSummary::grossArea).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("26000");

        long all = booths.count(expo.id(), BoothFilter.all());
        assertThat(all).isBetween(380L, 430L);
        assertThat(booths.count(expo.id(), new BoothFilter(null, null, BoothKind.STANDARD, null))).isBetween(370L, 410L);
        assertThat(booths.count(expo.id(), new BoothFilter(null, null, BoothKind.RAW_SPACE, null))).isPositive();
        assertThat(booths.count(expo.id(), new BoothFilter(null, null, BoothKind.ISLAND, null))).isPositive();
        assertThat(booths.count(expo.id(), new BoothFilter(null, BoothStatus.BLOCKED, null, null))).isPositive();

        UnitSummary shangcheng = units.tree().stream().filter(u -> u.nameZh().equals("商城街道")).findFirst().orElseThrow();
        List<BoothSummary> pavilion = booths.list(expo.id(), new BoothFilter(null, BoothStatus.RESERVED, null, null), PageRequest.of(0, 100)).getContent();
        assertThat(pavilion).isNotEmpty().allSatisfy(b -> assertThat(b.reservedUnitId()).isEqualTo(shangcheng.id()));

        for (HallSummary hall : expoHalls) {
            List<Footprint> footprints = booths.plan(hall.id()).booths().stream().map(b -> new Footprint(b.id(), b.code(),
                    Footprint.centimetres(b.x()), Footprint.centimetres(b.y()), Footprint.centimetres(b.width()),
                    Footprint.centimetres(b.depth()))).toList();
            assertThat(OverlapSweep.find(footprints, 10)).as("overlaps in hall " + hall.code()).isEmpty();
            assertThat(footprints).allSatisfy(f -> assertThat(f.insideHall(13_000, 10_000)).isTrue());
        }
    }
}
