package org.expodesk.exhibitor;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TEST ONLY: how booth allocation goes wrong without the protection, for the control of
 * {@link BoothAllocationMySqlTest}. It reads the booth, decides it is free, and then writes it with a plain
 * UPDATE that does not check again, without an allocation row. The short pause stands for the work and the
 * network between the read and the write that a real request has.
 */
final class NaiveAllocation {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    NaiveAllocation(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    AllocationOutcome request(AllocationRace.Request request) {
        return transactions.execute(tx -> {
            Map<String, Object> booth = jdbc.queryForMap("SELECT code, status, holder_id FROM booth WHERE id = ?", request.boothId());
            String code = (String) booth.get("code");
            if (!"FREE".equals(booth.get("status")) || booth.get("holder_id") != null) {
                return new AllocationOutcome.AlreadyTaken(request.boothId(), code);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.update("UPDATE booth SET status = 'ASSIGNED', holder_id = ? WHERE id = ?", request.exhibitorId(), request.boothId());
            return new AllocationOutcome.Allocated(request.boothId(), code, AllocationState.ASSIGNED, null);
        });
    }
}
