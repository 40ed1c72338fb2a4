package org.expodesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expodesk.safety.SafetyFixtures.dining;
import static org.expodesk.safety.SafetyFixtures.jpeg;
import static org.expodesk.safety.SafetyFixtures.round;
import static org.expodesk.safety.SafetyFixtures.template;
import static org.expodesk.safety.SafetyFixtures.user;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.Role;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "expodesk.safety.upload-dir=target/test-uploads/access")
@ActiveProfiles("test")
class SafetyAccessTest {

    @Autowired TestData data;
    @Autowired ChecklistService checklists;
    @Autowired TargetService targets;
    @Autowired InspectionService inspections;
    @Autowired RectificationService rectifications;
    @Autowired SafetyService safety;
    @Autowired PhotoService photos;
    @Autowired ContingencyService plans;

    private EventSummary event;
    private TargetSummary kitchen;
    private TemplateSummary checklist;
    private long photo;

    @BeforeEach
    void aTargetOfOneEvent() {
        event = data.event("第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", 10);
        TestData.signInAs(user(data, Role.SAFETY, event));
        kitchen = targets.create(event.id(), dining("城南大酒店"));
        checklist = template(checklists, "food-dining");
        photo = photos.store(event.id(), "a.jpg", new ByteArrayInputStream(jpeg(1000))).id();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EXHIBITOR", "VOLUNTEER", "RECEPTION"})
    void people_who_are_not_inspectors_cannot_inspect_or_read_safety_records(Role role) {
        TestData.signInAs(user(data, role, event));
        assertThatThrownBy(() -> inspections.submit(round(kitchen, checklist, List.of(), photo))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> photos.store(event.id(), "b.jpg", new ByteArrayInputStream(jpeg(100)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.list(event.id(), null, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.byToken(kitchen.qrToken())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> safety.dayFigures(event.id(), LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.plans(event.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_organiser_reads_but_does_not_inspect() {
        TestData.signInAs(user(data, Role.ORGANISER, event));
        assertThat(targets.count(event.id(), null)).isEqualTo(1);
        assertThatThrownBy(() -> inspections.submit(round(kitchen, checklist, List.of(), photo))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_safety_inspector_of_another_event_is_refused() {
        EventSummary other = data.event("第五届云溪小商品博览会", "5th Yunxi Small Commodities Expo", 400);
        TestData.signInAs(user(data, Role.SAFETY, other));
        assertThatThrownBy(() -> inspections.submit(round(kitchen, checklist, List.of(), photo))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> photos.store(event.id(), "b.jpg", new ByteArrayInputStream(jpeg(100)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> targets.find(kitchen.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> safety.dayFigures(event.id(), LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rectifications.list(event.id(), true, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(targets.byToken(kitchen.qrToken())).isEmpty();
    }

    @Test
    void only_the_office_edits_the_shared_checklists() {
        assertThatThrownBy(() -> checklists.revise(checklist.id(), new TemplateDraft("x", "x", checklist.items())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
