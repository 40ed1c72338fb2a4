package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.expodesk.event.EventSummary;
import org.expodesk.person.PersonDraft;
import org.expodesk.person.PersonService;
import org.expodesk.person.PersonSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Badges on the real server: Chinese names and codes stored as printed, and many clicks issuing a badge to one
 * person at the same moment leave exactly one valid badge, however the requests interleave.
 */
@OnMySql
class BadgeIssueMySqlTest {

    private static final int THREADS = 20;

    @Autowired
    BadgeService badges;
    @Autowired
    BadgeTypeService types;
    @Autowired
    PersonService persons;
    @Autowired
    TestData testData;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void twenty_simultaneous_issues_to_one_person_leave_exactly_one_valid_badge() throws Exception {
        EventSummary event = testData.event("并发测试博览会", "Concurrency expo", 15);
        AppUser office = testData.account("badge-race-" + event.id(), EnumSet.of(Role.ORGANISER), event.id());
        TestData.signInAs(office);
        PersonSummary person = persons.create(PersonDraft.of("欧阳修远", "Ouyang Xiuyuan", null, "滁州醉翁亭文化公司", null, null));
        long typeId = types.types(event.id()).getFirst().id();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit(() -> {
                TestData.signInAs(office);
                start.await();
                try {
                    badges.issue(event.id(), person.id(), typeId);
                    return "issued";
                } catch (BusinessRuleException e) {
                    return e.messageKey();
                } finally {
                    TestData.signOut();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("issued"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("badge.error.already-has-badge"::equals).hasSize(THREADS - 1);
        List<BadgeSummary> stored = badges.list(event.id(), BadgeFilter.all(), PageRequest.of(0, 50)).getContent();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().nameZh()).isEqualTo("欧阳修远");
        assertThat(stored.getFirst().organisation()).isEqualTo("滁州醉翁亭文化公司");
        assertThat(badges.print(stored.getFirst().id()).code()).hasSize(BadgeCodes.TEXT_LENGTH);
    }
}
