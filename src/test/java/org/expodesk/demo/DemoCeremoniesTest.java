package org.expodesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.expodesk.ceremony.Ceremony;
import org.expodesk.ceremony.CeremonyService;
import org.expodesk.deal.DealTotals;
import org.expodesk.event.EventFilter;
import org.expodesk.event.EventService;
import org.expodesk.event.EventSummary;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's signing ceremonies: twelve deals at the expo, the fair's 17:00–18:00 signing, seeded once. */
@SpringBootTest(properties = "expodesk.demo.enabled=true")
@ActiveProfiles("test")
class DemoCeremoniesTest {

    @Autowired
    EventService events;
    @Autowired
    CeremonyService ceremonies;
    @Autowired
    DemoCeremonies demo;
    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    Ceremony ceremonyOf(String namePrefix) {
        EventSummary event = events.list(EventFilter.active(), PageRequest.of(0, 50)).stream()
                .filter(e -> e.nameZh().startsWith(namePrefix)).findFirst().orElseThrow();
        return ceremonies.find(ceremonies.sessions(event.id()).getFirst().id()).orElseThrow();
    }

    @Test
    void the_expo_signs_twelve_deals_of_several_units_for_a_plausible_total_and_the_fair_signs_from_five_to_six() {
        TestData.signInAs(data.admin());
        Ceremony expo = ceremonyOf("第四届云溪小商品博览会");
        Ceremony fair = ceremonyOf("第二十二届中国海西投资贸易洽谈会");

        assertThat(expo.deals()).hasSize(12);
        assertThat(expo.deals().getFirst().projectZh()).isEqualTo("年产5万吨竹纤维新材料项目");
        assertThat(expo.deals().stream().map(d -> d.unitId()).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(expo.witnesses()).hasSizeGreaterThanOrEqualTo(2);
        DealTotals totals = DealTotals.of(expo.deals(), i -> new String[] {i.name(), i.name()});
        assertThat(totals.cnyWan().toPlainString()).isEqualTo("583834.56");
        assertThat(totals.cnyYi().toPlainString()).isEqualTo("58.38");
        assertThat(totals.foreignWan()).containsOnlyKeys("USD");

        assertThat(fair.deals()).hasSize(3);
        assertThat(fair.session().localStart().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(fair.session().localEnd().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    }

    @Test
    void running_the_demo_again_adds_nothing() {
        demo.run(new DefaultApplicationArguments());
        TestData.signInAs(data.admin());

        assertThat(ceremonyOf("第四届云溪小商品博览会").deals()).hasSize(12);
        assertThat(ceremonyOf("第二十二届中国海西投资贸易洽谈会").deals()).hasSize(3);
    }
}
