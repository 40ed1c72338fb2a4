package org.expodesk.exhibitor;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one booth request in a short READ COMMITTED transaction of its own and turns the database's answers
 * into outcomes: a lost race is {@link AllocationOutcome.AlreadyTaken}, never an exception. A lock wait that
 * times out or a deadlock victim (not expected: every request locks the booth row first) is tried again, a
 * few times, before it reaches the user. Built per transaction manager, so a test can stand up a second
 * "instance" with a DataSource of its own.
 */
final class AllocationAttempts {

    static final int TRIES = 3;

    private final TransactionTemplate transactions;

    AllocationAttempts(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** The request's outcome; {@code request} returns null when the booth row could not be taken. */
    AllocationOutcome take(long boothId, String boothCode, Supplier<AllocationOutcome.Allocated> request) {
        for (int attempt = 1; ; attempt++) {
            try {
                AllocationOutcome.Allocated won = transactions.execute(tx -> request.get());
                return won != null ? won : new AllocationOutcome.AlreadyTaken(boothId, boothCode);
            } catch (DuplicateKeyException e) {
                // The allocation row's key refused a second company: the booth is someone else's.
                return new AllocationOutcome.AlreadyTaken(boothId, boothCode);
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= TRIES) {
                    throw e;
                }
            }
        }
    }

    /** Any other allocation change, in the same kind of transaction and with the same retries. */
    <T> T run(Supplier<T> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(tx -> change.get());
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= TRIES) {
                    throw e;
                }
            }
        }
    }
}
