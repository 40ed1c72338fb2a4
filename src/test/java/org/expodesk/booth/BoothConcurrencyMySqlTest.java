package org.expodesk.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expodesk.booth.BoothFixtures.block;
import static org.expodesk.booth.BoothFixtures.hall;
import static org.expodesk.booth.BoothFixtures.signInAsOrganiserOfNewEvent;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.expodesk.booth.domain.Booth;
import org.expodesk.booth.domain.BoothRepository;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.OverlapSweep;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.CurrentUser;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two editors generating overlapping blocks in one hall at the same moment, on MariaDB/MySQL with real threads
 * and two transactions: the hall lock makes the second wait and then see the first block, so it is refused.
 * The control switches the lock off and shows the same steps then save both blocks on top of each other.
 */
@OnMySql
class BoothConcurrencyMySqlTest {

    @Autowired
    BoothService booths;

    @Autowired
    HallService halls;

    @Autowired
    BoothRepository repository;

    @Autowired
    PlanGuard guard;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestData data;

    @AfterEach
    void cleanUp() {
        guard.lockHallsForConcurrencyControl(true);
        TestData.signOut();
    }

    @Test
    void a_block_generated_while_another_is_uncommitted_waits_for_it_and_is_then_refused() throws Exception {
        HallSummary hall = newHall();

        Outcome outcome = generateTwoOverlappingBlocksAtOnce(hall);

        assertThat(outcome.first()).isEqualTo("saved");
        assertThat(outcome.second()).isEqualTo("refused");
        assertThat(overlapsIn(hall)).isZero();
    }

    @Test
    void control_without_the_hall_lock_both_blocks_are_saved_on_top_of_each_other() throws Exception {
        HallSummary hall = newHall();
        guard.lockHallsForConcurrencyControl(false);

        Outcome outcome = generateTwoOverlappingBlocksAtOnce(hall);

        assertThat(outcome.first()).isEqualTo("saved");
        assertThat(outcome.second()).isEqualTo("saved");
        assertThat(overlapsIn(hall)).isPositive();
    }

    @Test
    void the_database_itself_refuses_a_second_booth_with_the_same_code_in_the_event() {
        HallSummary hall = newHall();
        booths.generate(hall.id(), block(1, 1, "0", "0", "A-{n:03}"));

        Booth twin = new Booth(hall.eventId(), hall.id(), "A-001", new Footprint(0, "A-001", 5000, 5000, 300, 300),
                BoothKind.STANDARD, java.math.BigDecimal.ONE, Instant.now());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> repository.saveAndFlush(twin))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private record Outcome(String first, String second) {
    }

    /**
     * The first editor generates inside a transaction it keeps open until the second has started; the second
     * generates an overlapping block meanwhile. Each answer is "saved" or "refused".
     */
    private Outcome generateTwoOverlappingBlocksAtOnce(HallSummary hall) throws Exception {
        var user = CurrentUser.require();
        CountDownLatch firstGenerated = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        // Two threads of their own: the common pool has a single thread on a two-core machine.
        var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            return race(hall, user, firstGenerated, secondStarted, transaction, executor);
        } finally {
            executor.shutdownNow();
        }
    }

    private Outcome race(HallSummary hall, org.expodesk.shared.security.AppUser user, CountDownLatch firstGenerated,
            CountDownLatch secondStarted, TransactionTemplate transaction, java.util.concurrent.ExecutorService executor)
            throws Exception {
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            TestData.signInAs(user);
            try {
                return transaction.execute(tx -> {
                    booths.generate(hall.id(), block(2, 5, "10", "10", "A-{n:03}"));
                    firstGenerated.countDown();
                    await(secondStarted);
                    sleep(700); // long enough for the second editor to reach the hall lock and wait there
                    return "saved";
                });
            } finally {
                TestData.signOut();
            }
        }, executor);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
            TestData.signInAs(user);
            try {
                await(firstGenerated);
                secondStarted.countDown();
                booths.generate(hall.id(), block(2, 5, "11.5", "11.5", "B-{n:03}"));
                return "saved";
            } catch (PlanRuleException e) {
                return "refused";
            } finally {
                TestData.signOut();
            }
        }, executor);
        return new Outcome(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
    }

    private HallSummary newHall() {
        EventSummary event = signInAsOrganiserOfNewEvent(data);
        return halls.create(event.id(), hall("4", "130", "100"));
    }

    private int overlapsIn(HallSummary hall) {
        List<Footprint> footprints = repository.findByHallIdOrderByCode(hall.id()).stream().map(Booth::footprint).toList();
        return OverlapSweep.find(footprints, 1000).size();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other editor never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
