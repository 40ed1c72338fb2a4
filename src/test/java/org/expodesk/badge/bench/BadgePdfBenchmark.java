package org.expodesk.badge.bench;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.expodesk.badge.BadgeClaims;
import org.expodesk.badge.BadgeCodes;
import org.expodesk.badge.BadgeId;
import org.expodesk.badge.BadgeKeyPair;
import org.expodesk.badge.BadgePdfRenderer;
import org.expodesk.badge.BadgePrint;
import org.expodesk.badge.BadgeValidity;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Badges per second for a print run of 10,000 on A4 sheets of four (CJK names, signed codes, QR), through
 * {@link BadgePdfRenderer}, beside a bare loop that draws the same sheet with OpenPDF and ZXing directly (same
 * font, same texts, QR as vector runs, colour band, cut marks) without any of ExpoDesk's code: what the
 * libraries cost alone. Each run writes its PDF to a temporary file, as the background print run does, and the
 * peak heap of each run is read from the JVM's memory pools. Run on purpose with -Xmx256m (see
 * docs/benchmarks.md):
 * <pre>./mvnw -q -B -Pbench test-compile exec:exec -Dbench.main=org.expodesk.badge.bench.BadgePdfBenchmark</pre>
 * Optional arguments: badges per whole run (default 10000), whole runs of each (default 1), pairs of short
 * blocks taken in turns for the ratio (default 20), badges per block (default 500).
 */
public final class BadgePdfBenchmark {

    private static final String[] SURNAMES = {"张", "李", "王", "刘", "陈", "杨", "欧阳", "司马", "阿卜杜", "黄"};
    private static final String[] GIVEN = {"伟", "娜", "芳", "洋", "静", "敏", "娜娜", "明远", "热合曼·买买提", "晓东"};
    private static final String[] COMPANIES = {"青山义乌商贸有限公司", "云溪日报", "浙江云溪小商品城市场服务中心",
            "Yunxi Hardware Trading Co., Ltd.", "新疆喀什地区疏附县小商品协会"};
    private static final String[][] TYPES = {{"参展商", "Exhibitor", "#1565C0"}, {"采购商", "Buyer", "#2E7D32"},
            {"嘉宾", "VIP Guest", "#C62828"}, {"志愿者", "Volunteer", "#F9A825"}};
    private static final LocalDate START = LocalDate.of(2026, 12, 17);
    private static final float A6_W = 105 * 72f / 25.4f;
    private static final float A6_H = 148 * 72f / 25.4f;
    private static final float SCALE = 0.92f;

    public static void main(String[] args) throws Exception {
        int badges = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int block = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        BadgeKeyPair key = BadgeKeyPair.generate(1, new SecureRandom());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            codes.add(BadgeCodes.encode(new BadgeClaims(BadgeId.random(), 42, 1 + i % 4,
                    BadgeValidity.between(START, START.minusDays(2), START.plusDays(3))), key));
        }
        BaseFont font = font();
        BadgePdfRenderer renderer = new BadgePdfRenderer();
        System.out.printf(Locale.ROOT, "JVM %s %s, %d processors, max heap %d MiB, %d badges per run, %d run(s), %d pairs of %d%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, badges, rounds, pairs, block);
        System.out.printf(Locale.ROOT, "load average at start: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        // Warm-up: the JIT compiles both paths before anything is measured.
        run("warm-up ExpoDesk", out -> renderer.render(badges(1000, codes), BadgePdfRenderer.Layout.A4_2X2, out), 1000);
        run("warm-up bare", out -> bare(badges(1000, codes), font, out), 1000);

        // 1. Whole runs of 10,000, one after the other: throughput and heap of the real thing.
        for (int r = 1; r <= rounds; r++) {
            run("run " + r + " ExpoDesk BadgePdfRenderer",
                    out -> renderer.render(badges(badges, codes), BadgePdfRenderer.Layout.A4_2X2, out), badges);
            run("run " + r + " bare OpenPDF + ZXing loop", out -> bare(badges(badges, codes), font, out), badges);
        }
        // 2. The ratio, from short blocks taken in turns (the order swapped every pair): on a shared machine the
        // load changes within a 30-second run, and only figures taken moments apart compare fairly.
        double[] ratios = new double[pairs];
        double oursTotal = 0;
        double bareTotal = 0;
        for (int p = 0; p < pairs; p++) {
            double ours;
            double bare;
            if (p % 2 == 0) {
                ours = quiet(out -> renderer.render(badges(block, codes), BadgePdfRenderer.Layout.A4_2X2, out), block);
                bare = quiet(out -> bare(badges(block, codes), font, out), block);
            } else {
                bare = quiet(out -> bare(badges(block, codes), font, out), block);
                ours = quiet(out -> renderer.render(badges(block, codes), BadgePdfRenderer.Layout.A4_2X2, out), block);
            }
            ratios[p] = ours / bare;
            oursTotal += block / ours;
            bareTotal += block / bare;
        }
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        java.util.Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%d pairs of %d-badge blocks in turns: ExpoDesk %.0f badges/s, bare %.0f badges/s (totals)%n",
                pairs, block, pairs * block / oursTotal, pairs * block / bareTotal);
        System.out.printf(Locale.ROOT, "ExpoDesk / bare, median of the per-pair ratios: %.2f (quartiles %.2f–%.2f, min %.2f, max %.2f)%n",
                ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4], ratios[0], ratios[pairs - 1]);
    }

    /** Badges per second of one block, into a temporary file, printing nothing. */
    private static double quiet(RenderingTo rendering, int badges) throws Exception {
        Path file = Files.createTempFile("badge-bench-", ".pdf");
        try {
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                rendering.render(out);
            }
            return badges / ((System.nanoTime() - start) / 1e9);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Renders into a temporary file; returns badges/s, peak heap MiB, file MiB. */
    private static double[] run(String name, RenderingTo rendering, int badges) throws Exception {
        Path file = Files.createTempFile("badge-bench-", ".pdf");
        try {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            AFTER_GC_MAX.set(0);
            long gcBefore = gcCount();
            long start = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                rendering.render(out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // Each pool's own peak, added up: an upper bound of the heap in use at any one moment.
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            double perSecond = badges / seconds;
            double mib = Files.size(file) / 1048576.0;
            System.out.printf(Locale.ROOT, "%-45s %8.0f badges/s  %6.2f s  peak heap %5.1f MiB  max after GC %5.1f MiB  %4d GCs  PDF %6.1f MiB%n",
                    name, perSecond, seconds, peak / 1048576.0, AFTER_GC_MAX.get() / 1048576.0, gcCount() - gcBefore, mib);
            return new double[] {perSecond, peak / 1048576.0, mib};
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface RenderingTo {
        void render(OutputStream out) throws Exception;
    }

    /** The most heap still in use right after a collection during the current run: what the run really holds. */
    private static final java.util.concurrent.atomic.AtomicLong AFTER_GC_MAX = new java.util.concurrent.atomic.AtomicLong();

    static {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                            (javax.management.openmbean.CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("CodeHeap")
                                    && !e.getKey().contains("Compressed Class"))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    AFTER_GC_MAX.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionCount())).sum();
    }

    /** Badges made as they are drawn, like a print run fetching batches: the run is never in memory. */
    private static Iterator<BadgePrint> badges(int count, List<String> codes) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public BadgePrint next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                int n = i++;
                String[] type = TYPES[n % TYPES.length];
                String nameZh = SURNAMES[n % SURNAMES.length] + GIVEN[(n / 10) % GIVEN.length];
                return new BadgePrint(n, nameZh, "Guest " + n, COMPANIES[n % COMPANIES.length], type[0], type[1], type[2],
                        "第四届云溪小商品博览会", "4th Yunxi Small Commodities Expo", START, START.plusDays(2),
                        START.minusDays(2).datesUntil(START.plusDays(4)).toList(), codes.get(n % codes.size()));
            }
        };
    }

    private static BaseFont font() throws Exception {
        try (InputStream in = BadgePdfBenchmark.class.getResourceAsStream("/fonts/wqy-microhei.ttc")) {
            return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        }
    }

    private static final Map<EncodeHintType, Object> QR_HINTS = Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "ISO-8859-1");

    /** The same sheet drawn straight with the libraries: texts, QR runs, colour band, cut marks; nothing fitted or wrapped. */
    private static void bare(Iterator<BadgePrint> badges, BaseFont font, OutputStream out) throws Exception {
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float w = A6_W * SCALE;
        float h = A6_H * SCALE;
        float gutter = 6 * 72f / 25.4f;
        float left = (PageSize.A4.getWidth() - 2 * w - gutter) / 2;
        float bottom = (PageSize.A4.getHeight() - 2 * h - gutter) / 2;
        int slot = 0;
        while (badges.hasNext()) {
            BadgePrint badge = badges.next();
            int cell = slot++ % 4;
            if (cell == 0 && slot > 1) {
                document.newPage();
            }
            float x = left + (cell % 2) * (w + gutter);
            float y = bottom + (cell < 2 ? h + gutter : 0);
            canvas.saveState();
            canvas.concatCTM(SCALE, 0, 0, SCALE, x, y);
            text(canvas, font, badge.eventNameZh(), 12, A6_H - 45);
            text(canvas, font, badge.eventNameEn(), 8, A6_H - 60);
            text(canvas, font, "2026年12月17日至19日  17–19 Dec 2026", 7.5f, A6_H - 72);
            text(canvas, font, badge.nameZh(), 40, A6_H - 125);
            text(canvas, font, badge.nameEn(), 14, A6_H - 147);
            text(canvas, font, badge.organisation(), 10, A6_H - 164);
            BitMatrix matrix = new QRCodeWriter().encode(badge.code(), BarcodeFormat.QR_CODE, 0, 0, QR_HINTS);
            float size = 38 * 72f / 25.4f;
            float module = size / matrix.getWidth();
            float qx = (A6_W - size) / 2;
            float qy = 105;
            canvas.setColorFill(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    canvas.rectangle(qx + start * module, qy + size - (row + 1) * module, (col - start) * module, module);
                }
            }
            canvas.fill();
            text(canvas, font, "有效日期 Valid  12.15–12.20", 8, 92);
            canvas.setColorFill(Color.decode(badge.colour()));
            canvas.rectangle(0, 0, A6_W, 79);
            canvas.fill();
            text(canvas, font, badge.typeNameZh(), 30, 37);
            text(canvas, font, badge.typeNameEn().toUpperCase(Locale.ROOT), 12, 17);
            canvas.restoreState();
            canvas.setLineWidth(0.3f);
            canvas.moveTo(x - 4, y);
            canvas.lineTo(x - 15, y);
            canvas.moveTo(x + w + 4, y + h);
            canvas.lineTo(x + w + 15, y + h);
            canvas.stroke();
        }
        document.close();
    }

    private static void text(PdfContentByte canvas, BaseFont font, String text, float size, float baseline) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(Color.DARK_GRAY);
        canvas.showTextAligned(Element.ALIGN_CENTER, text, A6_W / 2, baseline, 0);
        canvas.endText();
    }
}
