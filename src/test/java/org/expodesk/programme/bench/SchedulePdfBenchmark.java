package org.expodesk.programme.bench;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.expodesk.event.EventSummary;
import org.expodesk.programme.ProgrammeDates;
import org.expodesk.programme.SampleProgramme;
import org.expodesk.programme.SchedulePdfRenderer;
import org.expodesk.programme.SessionSummary;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Benchmark, run on purpose (docs/benchmarks.md): how long the printed programme of a 3-day, 80-session event
 * takes, Chinese edition, cover and page numbers included, beside a bare OpenPDF loop that draws the same rows
 * (time, title, place, speakers) into one plain table with the same embedded font, in the same rounds.
 * <pre>./mvnw -q -B -Pbench test-compile exec:exec -Dbench.main=org.expodesk.programme.bench.SchedulePdfBenchmark -Dbench.args="20 15"</pre>
 * Arguments: warm-up runs, measured rounds (each round runs both once, alternating which goes first).
 */
public final class SchedulePdfBenchmark {

    private SchedulePdfBenchmark() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        SchedulePdfRenderer renderer = new SchedulePdfRenderer(new ExpoDeskI18NProvider());
        EventSummary expo = SampleProgramme.expo();
        List<SessionSummary> sessions = SampleProgramme.sessions(expo, 80);

        long firstFont = System.nanoTime();
        PdfFonts.cjk();
        System.out.printf("first use of the CJK font (read 5 MB from the classpath, parse): %.0f ms%n", (System.nanoTime() - firstFont) / 1e6);
        long cold = System.nanoTime();
        int coldSize = programme(renderer, expo, sessions);
        System.out.printf("first programme PDF, cold JVM: %.0f ms, %,d bytes%n", (System.nanoTime() - cold) / 1e6, coldSize);

        for (int i = 0; i < warmUp; i++) {
            programme(renderer, expo, sessions);
            bare(sessions);
        }
        double[] ours = new double[rounds];
        double[] baseline = new double[rounds];
        int size = 0;
        int bareSize = 0;
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 0) {
                long t = System.nanoTime();
                size = programme(renderer, expo, sessions);
                ours[r] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                bareSize = bare(sessions);
                baseline[r] = (System.nanoTime() - t) / 1e6;
            } else {
                long t = System.nanoTime();
                bareSize = bare(sessions);
                baseline[r] = (System.nanoTime() - t) / 1e6;
                t = System.nanoTime();
                size = programme(renderer, expo, sessions);
                ours[r] = (System.nanoTime() - t) / 1e6;
            }
        }
        System.out.printf("load average: %s%n", loadAverage());
        report("SchedulePdfRenderer.programme, 80 sessions, zh, cover + page numbers", ours, size);
        report("bare OpenPDF loop, same 80 rows, one table, same font (baseline)", baseline, bareSize);
    }

    private static int programme(SchedulePdfRenderer renderer, EventSummary expo, List<SessionSummary> sessions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.programme(expo, sessions, Locale.SIMPLIFIED_CHINESE, out);
        return out.size();
    }

    private static int bare(List<SessionSummary> sessions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        Font font = new Font(PdfFonts.cjk(), 10, Font.NORMAL);
        PdfPTable table = new PdfPTable(4);
        table.setHeaderRows(1);
        for (String h : new String[] {"时间", "活动", "地点", "主讲/致辞嘉宾"}) {
            table.addCell(new Phrase(h, font));
        }
        for (SessionSummary s : sessions) {
            table.addCell(new Phrase(ProgrammeDates.times(s), font));
            table.addCell(new Phrase(s.titleZh(), font));
            table.addCell(new Phrase(s.place().nameZh(), font));
            table.addCell(new Phrase(s.speakers().getFirst().nameZh(), font));
        }
        document.add(table);
        document.close();
        return out.size();
    }

    private static void report(String what, double[] millis, int bytes) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("%-75s median %6.1f ms  min %6.1f  max %6.1f  (%,d bytes)%n", what, sorted[sorted.length / 2], sorted[0],
                sorted[sorted.length - 1], bytes);
    }

    private static String loadAverage() {
        try {
            return new ArrayList<>(List.of(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" "))).subList(0, 3).toString();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
