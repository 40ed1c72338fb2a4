package org.expodesk.exhibitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.expodesk.event.EventSummary;
import org.expodesk.event.domain.EventRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.support.OnMySql;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One company registering the same credit code from several browsers at once, on MariaDB/MySQL: the unique
 * key (event, credit code) lets one through and the others get the translated "already registered" answer,
 * with no account left behind for them.
 */
@OnMySql
class RegistrationMySqlTest {

    @Autowired RegistrationService registrations;
    @Autowired EventRepository events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eight_simultaneous_registrations_of_one_credit_code_save_one_company_and_refuse_the_others_cleanly() throws Exception {
        EventSummary event = ExhibitorFixtures.openEvent(events, transactions);
        String code = ExhibitorFixtures.creditCode();
        ExecutorService executor = Executors.newFixedThreadPool(8);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Object>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                RegistrationDraft draft = ExhibitorFixtures.registration("云溪同码企业有限公司");
                draft.setCreditCode(code);
                String address = ExhibitorFixtures.unique("10.8");
                answers.add(executor.submit(() -> {
                    ExhibitorFixtures.signInAnonymously();
                    try {
                        gate.await();
                        return registrations.register(event.id(), draft, address);
                    } catch (BusinessRuleException e) {
                        return e.messageKey();
                    } catch (Exception e) {
                        return e;
                    } finally {
                        TestData.signOut();
                    }
                }));
            }
            gate.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(ExhibitorSummary.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(r -> !(r instanceof ExhibitorSummary)).hasSize(7)
                    .allSatisfy(r -> assertThat(r).isEqualTo("exhibitor.error.already-registered"));
        } finally {
            executor.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exhibitor WHERE event_id = ? AND credit_code = ?", Integer.class,
                event.id(), code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM user_account a JOIN user_account_event e ON e.account_id = a.id
                WHERE e.event_id = ?""", Integer.class, event.id())).as("accounts of the event").isEqualTo(1);
    }
}
