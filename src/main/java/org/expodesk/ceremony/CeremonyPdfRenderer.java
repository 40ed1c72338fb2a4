package org.expodesk.ceremony;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.expodesk.deal.DealStatus;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.DealTotals;
import org.expodesk.shared.i18n.ExpoDeskI18NProvider;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.pdf.PageNumbers;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The signing ceremony's papers, A4 with the CJK font embedded, in the edition's language with the other
 * language's project names beneath: the run-sheet (流程单), the list of deals (签约项目清单) with totals by unit,
 * by industry and in all, and the one-page press summary. Name cards are {@link NameCardRenderer}'s.
 */
@Component
public class CeremonyPdfRenderer {

    static final Color HEADER = new Color(0xF6, 0xE7, 0xE4);
    static final Color MUTED = new Color(0x5A, 0x66, 0x75);
    static final Color RED = new Color(0xB7, 0x1C, 0x1C);

    private final MessageBundles bundles;

    public CeremonyPdfRenderer(ExpoDeskI18NProvider i18n) {
        this.bundles = i18n.bundles();
    }

    public void runSheet(Ceremony ceremony, Locale locale, OutputStream out) {
        CeremonyTexts t = new CeremonyTexts(bundles, locale);
        ByteArrayOutputStream draft = PageNumbers.buffer();
        Document doc = open(draft, PageSize.A4, t.get("ceremony.pdf.run-sheet"));
        heading(doc, ceremony, t, "ceremony.pdf.run-sheet");
        RunSheet sheet = RunSheet.of(ceremony);
        PdfPTable table = table(new float[] {1.6f, 1.6f, 7f}, t, "ceremony.pdf.time", "ceremony.pdf.who", "ceremony.pdf.what");
        for (RunSheet.Item item : sheet.items()) {
            table.addCell(cell(item.from().format(t.time()) + "–" + item.to().format(t.time()), 10, Font.BOLD));
            switch (item.step()) {
                case OPENING -> {
                    table.addCell(cell(t.get("ceremony.run.host"), 10, Font.NORMAL));
                    table.addCell(cell(t.get("ceremony.run.opening", witnessNames(ceremony, t)), 10, Font.NORMAL));
                }
                case CLOSING -> {
                    table.addCell(cell(t.get("ceremony.run.host"), 10, Font.NORMAL));
                    table.addCell(cell(t.get("ceremony.run.closing"), 10, Font.NORMAL));
                }
                case SIGNING -> {
                    table.addCell(cell(t.get("ceremony.run.signatories"), 10, Font.NORMAL));
                    PdfPCell what = cell(new Phrase(""));
                    for (StagePlan.Table tab : item.round().tables()) {
                        DealSummary d = tab.deal();
                        what.addElement(line(t.get("ceremony.run.signing", tab.dealNumber(), d.project(locale)), PdfFonts.cjk(10, Font.BOLD)));
                        what.addElement(line(t.get("ceremony.run.signing-parties",
                                t.org(d.investorZh(), d.investorEn()), t.person(d.investorSignatory(), d.investorSignatoryTitle()),
                                d.unitName(locale), t.person(d.localSignatory(), d.localSignatoryTitle())), PdfFonts.cjk(9, Font.NORMAL)));
                        if (ceremony.settings().tables() > 1) {
                            what.addElement(line(t.get("ceremony.run.at-table", tab.number()), PdfFonts.cjk(9, Font.NORMAL, MUTED)));
                        }
                    }
                    what.addElement(line(t.get("ceremony.run.witnessed", witnessNames(ceremony, t)), PdfFonts.cjk(9, Font.NORMAL, MUTED)));
                    table.addCell(what);
                }
            }
        }
        doc.add(table);
        if (sheet.overrun()) {
            doc.add(new Paragraph(t.get("ceremony.run.overrun", sheet.end().format(t.time())), PdfFonts.cjk(10, Font.BOLD, RED)));
        }
        doc.close();
        number(draft, out, t);
    }

    public void dealList(Ceremony ceremony, Locale locale, OutputStream out) {
        CeremonyTexts t = new CeremonyTexts(bundles, locale);
        ByteArrayOutputStream draft = PageNumbers.buffer();
        Document doc = open(draft, PageSize.A4.rotate(), t.get("ceremony.pdf.deal-list"));
        heading(doc, ceremony, t, "ceremony.pdf.deal-list");
        PdfPTable table = table(new float[] {0.6f, 5f, 3.6f, 2.4f, 1.8f, 2.2f, 1.3f}, t, "ceremony.pdf.no", "deal.field.project",
                "deal.field.investor", "deal.field.unit", "deal.field.industry", "deal.field.amount.short", "deal.field.kind");
        int n = 0;
        for (DealSummary d : ceremony.deals()) {
            n++;
            table.addCell(cell(String.valueOf(n), 9, Font.NORMAL));
            Phrase project = new Phrase(d.project(locale), PdfFonts.cjk(10, Font.BOLD));
            if (d.projectOther(locale) != null) {
                project.add(new Phrase("\n" + d.projectOther(locale), PdfFonts.cjk(8, Font.NORMAL, MUTED)));
            }
            if (!d.status().counts() || d.status() == DealStatus.SIGNED) {
                project.add(new Phrase("\n" + t.get(d.status().messageKey()), PdfFonts.cjk(8, Font.BOLD, d.status().counts() ? MUTED : RED)));
            }
            table.addCell(cell(project));
            table.addCell(cell(t.org(d.investorZh(), d.investorEn()), 9, Font.NORMAL));
            table.addCell(cell(d.unitName(locale), 9, Font.NORMAL));
            table.addCell(cell(t.industry(d), 9, Font.NORMAL));
            PdfPCell amount = cell(t.amount(d), 9, Font.NORMAL);
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amount);
            table.addCell(cell(t.get(d.kind().messageKey()), 9, Font.NORMAL));
        }
        doc.add(table);
        DealTotals totals = DealTotals.of(ceremony.deals(), i -> CeremonyTexts.industryLabels(bundles, i));
        doc.add(new Paragraph(t.get("ceremony.pdf.grand-total", totals.count(), t.total(totals.cnyWan(), totals.foreignWan())),
                PdfFonts.cjk(12, Font.BOLD)));
        doc.add(new Paragraph(t.get("ceremony.pdf.rounding"), PdfFonts.cjk(8, Font.NORMAL, MUTED)));
        doc.add(breakdown(t, "ceremony.pdf.by-unit", totals.byUnit()));
        doc.add(breakdown(t, "ceremony.pdf.by-industry", totals.byIndustry()));
        doc.close();
        number(draft, out, t);
    }

    public void pressSummary(Ceremony ceremony, Locale locale, OutputStream out) {
        CeremonyTexts t = new CeremonyTexts(bundles, locale);
        Document doc = open(out, PageSize.A4, t.get("ceremony.pdf.press"));
        heading(doc, ceremony, t, "ceremony.pdf.press");
        DealTotals totals = DealTotals.of(ceremony.deals(), i -> CeremonyTexts.industryLabels(bundles, i));
        Paragraph lead = new Paragraph(t.get("ceremony.press.lead", ceremony.session().localStart().format(t.date()),
                ceremony.session().place().name(locale), totals.count(), t.total(totals.cnyWan(), totals.foreignWan())),
                PdfFonts.cjk(12, Font.NORMAL));
        lead.setLeading(20);
        lead.setSpacingAfter(10);
        doc.add(lead);
        String industries = totals.byIndustry().stream().map(l -> t.get("ceremony.press.industry", t.label(l), l.count()))
                .collect(Collectors.joining(t.get("ceremony.total.separator")));
        doc.add(new Paragraph(t.get("ceremony.press.industries", industries), PdfFonts.cjk(11, Font.NORMAL)));
        doc.add(new Paragraph(t.get("ceremony.press.largest"), bold(12)));
        PdfPTable largest = table(new float[] {5f, 3.5f, 2f}, t, "deal.field.project", "deal.field.investor", "deal.field.amount.short");
        for (DealSummary d : DealTotals.largestCny(ceremony.deals(), 5)) {
            largest.addCell(cell(d.project(locale), 10, Font.NORMAL));
            largest.addCell(cell(t.org(d.investorZh(), d.investorEn()), 9, Font.NORMAL));
            PdfPCell amount = cell(t.amount(d), 10, Font.NORMAL);
            amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
            largest.addCell(amount);
        }
        doc.add(largest);
        if (!ceremony.witnesses().isEmpty()) {
            doc.add(new Paragraph(t.get("ceremony.press.witnesses", witnessNames(ceremony, t)), PdfFonts.cjk(11, Font.NORMAL)));
        }
        doc.add(new Paragraph(t.get("ceremony.pdf.rounding"), PdfFonts.cjk(8, Font.NORMAL, MUTED)));
        doc.close();
    }

    private PdfPTable breakdown(CeremonyTexts t, String titleKey, List<DealTotals.Line> lines) {
        PdfPTable table = table(new float[] {4f, 1.2f, 6f}, t, titleKey, "ceremony.pdf.count", "ceremony.pdf.amount");
        table.setSpacingBefore(10);
        for (DealTotals.Line line : lines) {
            table.addCell(cell(t.label(line), 9, Font.NORMAL));
            table.addCell(cell(String.valueOf(line.count()), 9, Font.NORMAL));
            table.addCell(cell(t.total(line), 9, Font.NORMAL));
        }
        return table;
    }

    static String witnessNames(Ceremony ceremony, CeremonyTexts t) {
        return ceremony.witnesses().isEmpty() ? t.get("ceremony.run.no-witnesses") : ceremony.witnesses().stream()
                .map(w -> t.person(w.name(t.locale()), w.title())).collect(Collectors.joining(t.get("ceremony.list.separator")));
    }

    private void heading(Document doc, Ceremony ceremony, CeremonyTexts t, String key) {
        Paragraph title = new Paragraph(t.get(key), bold(18));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph session = new Paragraph(ceremony.session().title(t.locale()), PdfFonts.cjk(12, Font.NORMAL));
        session.setAlignment(Element.ALIGN_CENTER);
        doc.add(session);
        Paragraph when = new Paragraph(ceremony.session().localStart().format(t.date()) + "  "
                + ceremony.session().localStart().format(t.time()) + "–" + ceremony.session().localEnd().format(t.time()) + "  "
                + ceremony.session().place().name(t.locale()), PdfFonts.cjk(10, Font.NORMAL, MUTED));
        when.setAlignment(Element.ALIGN_CENTER);
        when.setSpacingAfter(12);
        doc.add(when);
    }

    private static PdfPTable table(float[] widths, CeremonyTexts t, String... headerKeys) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            PdfPCell c = cell(t.get(key), 9, Font.BOLD);
            c.setBackgroundColor(HEADER);
            table.addCell(c);
        }
        return table;
    }

    static PdfPCell cell(String text, float size, int style) {
        return cell(new Phrase(text, PdfFonts.cjk(size, style)));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPadding(4);
        c.setPaddingBottom(6);
        c.setBorderColor(new Color(0xC8, 0xB8, 0xB4));
        return c;
    }

    /** A line inside a cell in column mode, with leading for its own size (mixed sizes in one Phrase overlap). */
    static Paragraph line(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.35f);
        return p;
    }

    static Font bold(float size) {
        return PdfFonts.cjk(size, Font.BOLD);
    }

    private static Document open(OutputStream out, Rectangle size, String title) {
        Document doc = new Document(size, 40, 40, 40, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setCloseStream(false);
        doc.addTitle(title);
        doc.open();
        return doc;
    }

    private void number(ByteArrayOutputStream draft, OutputStream out, CeremonyTexts t) {
        PageNumbers.stamp(draft.toByteArray(), out, 1, (page, total) -> t.get("ceremony.pdf.page", page, total));
    }
}
