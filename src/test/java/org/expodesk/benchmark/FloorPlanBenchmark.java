package org.expodesk.benchmark;

import com.microsoft.playwright.Page;
import org.expodesk.booth.BoothBlock;
import org.expodesk.booth.BoothService;
import org.expodesk.booth.HallDraft;
import org.expodesk.booth.HallService;
import org.expodesk.booth.HallSummary;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.expodesk.booth.domain.Booth;
import org.expodesk.booth.domain.BoothRepository;
import org.expodesk.booth.domain.Footprint;
import org.expodesk.booth.domain.OverlapSweep;
import org.expodesk.booth.domain.PlanChecks;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.security.AppUser;
import org.expodesk.shared.security.Role;
import org.expodesk.support.OnChromium;
import org.expodesk.support.RunningApp;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a test (its name keeps it out of the normal run; nothing is asserted about time):
 * {@code ./mvnw -q -B test -Dtest=FloorPlanBenchmark} (its own package, so no test pattern picks it up). Prints the render time of a 600-booth hall in headless
 * Chromium beside an empty hall measured on the same page, and the server-side overlap check of 600 booths
 * beside comparing every pair. Results go to docs/benchmarks.md by hand, with the machine and the date.
 */
@Tag("bench")
@RunningApp
@OnChromium
class FloorPlanBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    HallService halls;

    @Autowired
    BoothService booths;

    @Autowired
    BoothRepository repository;

    @Test
    void render_and_overlap_check_of_a_600_booth_hall(Page page) {
        EventSummary expo = data.event("基准测试展会", "Benchmark expo", 30);
        AppUser organiser = data.account("bench-" + UUID.randomUUID().toString().substring(0, 6), EnumSet.of(Role.ORGANISER), expo.id());
        HallSummary hall = sixHundredBooths(organiser, expo);

        overlapCheck(hall);
        render(page, organiser);
    }

    /** Ten strips of 2 × 30 booths of 3 × 3 m: 600 booths in one 130 × 100 m hall. */
    private HallSummary sixHundredBooths(AppUser organiser, EventSummary expo) {
        TestData.signInAs(organiser);
        try {
            HallDraft draft = new HallDraft();
            draft.setCode("B");
            draft.setNameZh("基准馆");
            draft.setNameEn("Benchmark hall");
            draft.setWidth(new BigDecimal("130"));
            draft.setDepth(new BigDecimal("100"));
            HallSummary hall = halls.create(expo.id(), draft);
            for (int strip = 0; strip < 10; strip++) {
                BoothBlock block = new BoothBlock();
                block.setRows(2);
                block.setColumns(30);
                block.setX(new BigDecimal("20"));
                block.setY(new BigDecimal("5").add(new BigDecimal("9.5").multiply(BigDecimal.valueOf(strip))));
                block.setCodePattern((char) ('A' + strip) + "-{n:03}");
                block.setPrice(new BigDecimal("6800"));
                booths.generate(hall.id(), block);
            }
            return hall;
        } finally {
            TestData.signOut();
        }
    }

    private void overlapCheck(HallSummary hall) {
        List<Footprint> footprints = repository.findByHallIdOrderByCode(hall.id()).stream().map(Booth::footprint).toList();
        PlanChecks.HallSize size = new PlanChecks.HallSize("B", 13_000, 10_000);
        List<Footprint> one = List.of(footprints.getFirst());
        List<Footprint> others = footprints.subList(1, footprints.size());
        int rounds = 2_000;
        for (int warm = 0; warm < rounds; warm++) {
            OverlapSweep.find(footprints, 1000);
            OverlapSweep.findByComparingAllPairs(footprints, 1000);
            PlanChecks.check(size, others, one, List.of());
        }
        System.out.printf("%n=== Overlap check of %d booths (median of %d rounds after %d warm-up rounds) ===%n",
                footprints.size(), rounds, rounds);
        System.out.printf("sweep (all pairs found)            %8.1f µs%n", median(rounds, () -> OverlapSweep.find(footprints, 1000)));
        System.out.printf("baseline: compare every pair       %8.1f µs%n",
                median(rounds, () -> OverlapSweep.findByComparingAllPairs(footprints, 1000)));
        System.out.printf("plan checks for one edited booth   %8.1f µs%n", median(rounds, () -> PlanChecks.check(size, others, one, List.of())));
        // The largest check a change can cause: a block of 2,000 (the maximum) beside those 600, drawn in memory.
        List<Footprint> large = new java.util.ArrayList<>(footprints);
        for (int i = 0; i < 2_000; i++) {
            large.add(new Footprint(0, "L-" + i, 20_000 + (i % 50) * 300L, (i / 50) * 300L, 300, 300));
        }
        for (int warm = 0; warm < 50; warm++) {
            OverlapSweep.find(large, 1000);
            OverlapSweep.findByComparingAllPairs(large, 1000);
        }
        System.out.printf("2,600 booths: sweep %.1f µs, baseline every pair %.1f µs%n",
                median(200, () -> OverlapSweep.find(large, 1000)), median(200, () -> OverlapSweep.findByComparingAllPairs(large, 1000)));
        TestData.signInAs(data.admin());
        try {
            BoothBlock block = new BoothBlock();
            block.setRows(2);
            block.setColumns(4);
            block.setX(new BigDecimal("115"));
            block.setY(new BigDecimal("5"));
            block.setCodePattern("Z-{n:03}");
            for (int warm = 0; warm < 50; warm++) {
                booths.preview(hall.id(), block);
            }
            System.out.printf("service preview of an 8-booth block beside the 600 (H2, with reads) %8.1f µs%n",
                    median(200, () -> booths.preview(hall.id(), block)));
            for (int warm = 0; warm < 50; warm++) {
                booths.plan(hall.id());
            }
            System.out.printf("service plan(hall) of 600 booths, what the view turns into JSON (H2) %8.1f µs%n",
                    median(200, () -> booths.plan(hall.id())));
        } finally {
            TestData.signOut();
        }
    }

    private void render(Page page, AppUser organiser) {
        data.admin();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill(organiser.getUsername());
        page.locator("input[name='password']").fill(TestData.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        page.waitForURL("http://localhost:" + port + "/");
        page.navigate("http://localhost:" + port + "/floor-plan");
        page.locator("#floor-plan g.booth").nth(599).waitFor();
        page.waitForFunction("() => document.querySelector('#floor-plan').lastRenderMs !== null");
        double firstRender = ((Number) page.evaluate("() => document.querySelector('#floor-plan').lastRenderMs")).doubleValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async () => {
                  const plan = document.querySelector('#floor-plan');
                  const full = plan.plan;
                  const parsed = JSON.parse(full);
                  const empty = JSON.stringify({ ...parsed, booths: [] });
                  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                  const time = async (text) => { const t0 = performance.now(); plan.plan = text; await frames(); return performance.now() - t0; };
                  const median = a => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
                  const full600 = [], none = [], zoom = [], frame = [];
                  for (let i = 0; i < 15; i++) {
                    none.push(await time(empty + ' '.repeat(i + 1)));
                    full600.push(await time(full + ' '.repeat(i + 1)));
                  }
                  for (let i = 0; i < 15; i++) { const t0 = performance.now(); await frames(); frame.push(performance.now() - t0); }
                  const svg = plan.shadowRoot.querySelector('svg');
                  const box = svg.getBoundingClientRect();
                  for (let i = 0; i < 20; i++) {
                    const t0 = performance.now();
                    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 10 ? -120 : 120, clientX: box.x + box.width / 2,
                        clientY: box.y + box.height / 2, bubbles: true, cancelable: true }));
                    await frames();
                    zoom.push(performance.now() - t0);
                  }
                  return { booths: parsed.booths.length, jsonKb: full.length / 1024, full600: median(full600), fullMax: Math.max(...full600),
                           empty: median(none), idleFrames: median(frame), zoom: median(zoom), zoomMax: Math.max(...zoom),
                           elements: plan.shadowRoot.querySelectorAll('*').length, agent: navigator.userAgent };
                }""");
        System.out.printf("%n=== Floor plan render in headless Chromium (%s) ===%n", result.get("agent"));
        System.out.printf("JSON of %s booths: %.1f KiB; SVG elements: %s%n", result.get("booths"), ((Number) result.get("jsonKb")).doubleValue(),
                result.get("elements"));
        System.out.printf("first render after navigation (JSON set → painted)  %7.1f ms%n", firstRender);
        System.out.printf("600 booths, JSON set → painted (median of 15)        %7.1f ms (max %.1f)%n",
                ((Number) result.get("full600")).doubleValue(), ((Number) result.get("fullMax")).doubleValue());
        System.out.printf("baseline: empty hall, same page (median of 15)       %7.1f ms%n", ((Number) result.get("empty")).doubleValue());
        System.out.printf("baseline: two idle frames, nothing changed           %7.1f ms%n", ((Number) result.get("idleFrames")).doubleValue());
        System.out.printf("one wheel zoom step with 600 booths → painted        %7.1f ms (max %.1f)%n",
                ((Number) result.get("zoom")).doubleValue(), ((Number) result.get("zoomMax")).doubleValue());
    }

    private static double median(int rounds, Runnable action) {
        double[] micros = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            action.run();
            micros[i] = (System.nanoTime() - start) / 1000.0;
        }
        Arrays.sort(micros);
        return micros[rounds / 2];
    }
}
