package org.expodesk.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.expodesk.event.domain.Event;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two people saving the same event: the second save, made from a copy read before the first was
 * committed, is refused instead of silently overwriting it. Checked on MySQL/MariaDB with two real
 * transactions on two connections, and with a control that shows the same steps pass without the race.
 */
@OnMySql
class EventOptimisticLockMySqlTest {

    @Autowired
    EventRepository repository;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestData data;

    @Test
    void a_save_based_on_a_stale_read_is_refused_when_another_transaction_committed_first() {
        long id = data.event("原名称", "Original", 30).id();
        TransactionTemplate mine = new TransactionTemplate(transactionManager);
        TransactionTemplate theirs = concurrent();

        assertThatThrownBy(() -> mine.executeWithoutResult(tx -> {
            Event myCopy = repository.findById(id).orElseThrow();
            theirs.executeWithoutResult(other -> rename(repository.findById(id).orElseThrow(), "他们的名称"));
            rename(myCopy, "我的名称");
            repository.flush();
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        Event stored = repository.findById(id).orElseThrow();
        assertThat(stored.toSummary().nameZh()).isEqualTo("他们的名称");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void the_same_save_succeeds_when_nobody_else_saved_in_between() {
        long id = data.event("原名称", "Original", 30).id();
        TransactionTemplate mine = new TransactionTemplate(transactionManager);

        mine.executeWithoutResult(tx -> {
            Event myCopy = repository.findById(id).orElseThrow();
            rename(myCopy, "我的名称");
            repository.flush();
        });

        Event stored = repository.findById(id).orElseThrow();
        assertThat(stored.toSummary().nameZh()).isEqualTo("我的名称");
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void merging_a_detached_copy_older_than_the_stored_row_is_refused() {
        long id = data.event("原名称", "Original", 30).id();
        Event staleCopy = repository.findById(id).orElseThrow();
        concurrent().executeWithoutResult(tx -> rename(repository.findById(id).orElseThrow(), "他们的名称"));

        rename(staleCopy, "我的名称");
        assertThatThrownBy(() -> repository.saveAndFlush(staleCopy)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(repository.findById(id).orElseThrow().toSummary().nameZh()).isEqualTo("他们的名称");
    }

    /** A transaction of its own, on another connection, committed before the caller's continues. */
    private TransactionTemplate concurrent() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    private static void rename(Event event, String nameZh) {
        EventDraft draft = event.toDraft();
        draft.setNameZh(nameZh);
        event.apply(draft, Instant.now());
    }
}
