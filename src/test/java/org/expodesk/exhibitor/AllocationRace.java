package org.expodesk.exhibitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.expodesk.shared.security.AppUser;
import org.expodesk.support.TestData;

/**
 * Many requests for booths at once, on real threads released together by one gate. Each request's answer is
 * counted: allocated, already taken, or an error (any exception, which would reach a user as an error page).
 */
final class AllocationRace {

    /** One request: which company asks for which booth, and how the request is made. */
    record Request(long boothId, long exhibitorId) {
    }

    @FunctionalInterface
    interface Path {
        AllocationOutcome request(Request request);
    }

    record Result(List<AllocationOutcome.Allocated> allocated, int taken, List<Throwable> errors) {
        int allocatedCount() {
            return allocated.size();
        }
    }

    private AllocationRace() {
    }

    /** Runs all requests on {@code threads} threads; each thread alternates between the paths (the "instances"). */
    static Result run(List<Request> requests, List<Path> paths, int threads, AppUser user) throws Exception {
        List<Request> shuffled = new ArrayList<>(requests);
        Collections.shuffle(shuffled);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < shuffled.size(); i++) {
                Request request = shuffled.get(i);
                Path path = paths.get(i % paths.size());
                futures.add(executor.submit(() -> {
                    TestData.signInAs(user);
                    try {
                        gate.await();
                        return path.request(request);
                    } catch (Throwable e) {
                        return e;
                    } finally {
                        TestData.signOut();
                    }
                }));
            }
            gate.countDown();
            List<AllocationOutcome.Allocated> allocated = new ArrayList<>();
            List<Throwable> errors = new ArrayList<>();
            int taken = 0;
            for (Future<Object> future : futures) {
                Object answer = future.get(120, TimeUnit.SECONDS);
                switch (answer) {
                    case AllocationOutcome.Allocated a -> allocated.add(a);
                    case AllocationOutcome.AlreadyTaken t -> taken++;
                    case Throwable e -> errors.add(e);
                    default -> throw new IllegalStateException("unexpected answer " + answer);
                }
            }
            return new Result(allocated, taken, errors);
        } finally {
            executor.shutdownNow();
        }
    }
}
