package org.expodesk.exhibitor;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.expodesk.booth.BoothStatus;
import org.expodesk.booth.BoothSummary;
import org.expodesk.booth.Entrance;
import org.expodesk.booth.FloorPlan;
import org.expodesk.booth.HallSummary;
import org.expodesk.event.EventSummary;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.pdf.PdfFonts;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws one hall on an A3 landscape page: the outline to scale (the larger of the hall's sides fills the
 * space left of the legend), each booth a rectangle in its status's colour (the floor plan's palette, lighter,
 * so the text stays readable when printed) with its code and the company's short name, the doors on the walls,
 * and at the right the legend with counts, a 10 m scale bar and north.
 */
final class PlanDrawing {

    static final float PAGE_WIDTH = PageSize.A3.getHeight();
    static final float PAGE_HEIGHT = PageSize.A3.getWidth();
    private static final float MARGIN = 36;
    private static final float LEGEND_WIDTH = 190;
    private static final float TITLE_HEIGHT = 46;
    private static final Color INK = new Color(0x21, 0x21, 0x21);
    private static final Color MUTED = new Color(0x5b, 0x6b, 0x7a);
    private static final Color DOOR = new Color(0x1f, 0x7a, 0x4d);

    /** Outline colours as on the screen's plan (frontend/components/floor-plan.js), fills lightened for print. */
    static final Map<BoothStatus, Color> STROKE = new EnumMap<>(Map.of(BoothStatus.FREE, new Color(0x3a9a6a),
            BoothStatus.HELD, new Color(0xc98a12), BoothStatus.RESERVED, new Color(0x2f6fb0), BoothStatus.ASSIGNED, new Color(0xb8262f),
            BoothStatus.BLOCKED, new Color(0x5b6b7a)));
    static final Map<BoothStatus, Color> FILL = new EnumMap<>(Map.of(BoothStatus.FREE, new Color(0xdcf0e4),
            BoothStatus.HELD, new Color(0xf8e6c2), BoothStatus.RESERVED, new Color(0xd6e4f4), BoothStatus.ASSIGNED, new Color(0xf4d4d6),
            BoothStatus.BLOCKED, new Color(0xd9dee3)));

    private final PdfContentByte canvas;
    private final MessageBundles bundles;
    private final BaseFont font = PdfFonts.cjk();

    PlanDrawing(PdfContentByte canvas, MessageBundles bundles) {
        this.canvas = canvas;
        this.bundles = bundles;
    }

    void noHalls(EventSummary event) {
        text(event.nameZh() + "  " + event.nameEn(), 18, MARGIN, PAGE_HEIGHT - MARGIN - 18, INK, Element.ALIGN_LEFT);
        text("本活动尚无展馆。 This event has no halls yet.", 12, MARGIN, PAGE_HEIGHT - MARGIN - 48, MUTED, Element.ALIGN_LEFT);
    }

    void hall(EventSummary event, FloorPlan plan, Map<Long, String[]> names) {
        HallSummary hall = plan.hall();
        float top = PAGE_HEIGHT - MARGIN;
        text(event.nameZh() + " · " + hall.nameZh(), 18, MARGIN, top - 18, INK, Element.ALIGN_LEFT);
        text(event.nameEn() + " · " + (hall.nameEn() == null ? hall.code() : hall.nameEn()), 11, MARGIN, top - 36, MUTED, Element.ALIGN_LEFT);

        float availableWidth = PAGE_WIDTH - 2 * MARGIN - LEGEND_WIDTH - 60;
        float availableHeight = PAGE_HEIGHT - 2 * MARGIN - TITLE_HEIGHT - 24;
        float scale = Math.min(availableWidth / hall.width().floatValue(), availableHeight / hall.depth().floatValue());
        float left = MARGIN + 12;
        float planTop = top - TITLE_HEIGHT - 12;
        Scale s = new Scale(left, planTop, scale);

        canvas.setLineWidth(1.6f);
        canvas.setColorStroke(INK);
        canvas.rectangle(s.x(0), s.y(hall.depth().floatValue()), hall.width().floatValue() * scale, hall.depth().floatValue() * scale);
        canvas.stroke();

        Map<BoothStatus, Integer> counts = new EnumMap<>(BoothStatus.class);
        for (BoothSummary booth : plan.booths()) {
            counts.merge(booth.status(), 1, Integer::sum);
            booth(booth, s, names.get(booth.id()));
        }
        for (Entrance door : hall.entrances()) {
            door(hall, door, s);
        }
        legend(counts, scale, planTop);
    }

    private record Scale(float left, float top, float pointsPerMetre) {
        float x(float metres) {
            return left + metres * pointsPerMetre;
        }

        float y(float metres) {
            return top - metres * pointsPerMetre;
        }
    }

    private void booth(BoothSummary booth, Scale s, String[] name) {
        float x = s.x(booth.x().floatValue());
        float w = booth.width().floatValue() * s.pointsPerMetre();
        float h = booth.depth().floatValue() * s.pointsPerMetre();
        float y = s.y(booth.y().floatValue()) - h;
        canvas.setLineWidth(0.5f);
        canvas.setColorFill(FILL.get(booth.status()));
        canvas.setColorStroke(STROKE.get(booth.status()));
        canvas.rectangle(x, y, w, h);
        canvas.fillStroke();

        float codeSize = Math.max(3.5f, Math.min(8f, Math.min(w / 5.2f, h / 3.2f)));
        float cx = x + w / 2;
        boolean named = name != null && booth.status().isTaken();
        float codeBaseline = named ? y + h - codeSize * 1.3f : y + h / 2 - codeSize / 3;
        text(fit(booth.code(), codeSize, w - 2), codeSize, cx, codeBaseline, INK, Element.ALIGN_CENTER);
        if (named) {
            float nameSize = Math.max(3f, codeSize * 0.8f);
            String shortName = shortName(name[0]);
            boolean twoLines = codeBaseline - nameSize * 2.6f > y + 1;
            String line1 = twoLines ? cut(shortName, nameSize, w - 2) : fit(shortName, nameSize, w - 2);
            text(line1, nameSize, cx, codeBaseline - nameSize * 1.3f, INK, Element.ALIGN_CENTER);
            String rest = twoLines ? shortName.substring(line1.length()) : "";
            if (!rest.isEmpty()) {
                text(fit(rest, nameSize, w - 2), nameSize, cx, codeBaseline - nameSize * 2.6f, INK, Element.ALIGN_CENTER);
            }
        }
    }

    /** As much of the text from its start as fits the width, without a mark: the rest goes on the next line. */
    private String cut(String text, float size, float width) {
        int end = text.length();
        while (end > 1 && font.getWidthPoint(text.substring(0, end), size) > width) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The name without the legal form that every company shares, so what tells them apart fits on a booth. */
    static String shortName(String nameZh) {
        String name = nameZh.strip();
        for (String suffix : new String[] {"股份有限公司", "有限责任公司", "有限公司", "专业合作社"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private void door(HallSummary hall, Entrance door, Scale s) {
        float offset = door.offset().floatValue();
        float half = 2f;
        float w = hall.width().floatValue();
        float d = hall.depth().floatValue();
        float x1, y1, x2, y2, lx, ly;
        switch (door.wall()) {
            case NORTH -> { x1 = offset - half; x2 = offset + half; y1 = y2 = 0; lx = offset; ly = -1.2f; }
            case SOUTH -> { x1 = offset - half; x2 = offset + half; y1 = y2 = d; lx = offset; ly = d + 2.6f; }
            case WEST -> { x1 = x2 = 0; y1 = offset - half; y2 = offset + half; lx = 0; ly = offset; }
            default -> { x1 = x2 = w; y1 = offset - half; y2 = offset + half; lx = w; ly = offset; }
        }
        canvas.setLineWidth(4f);
        canvas.setColorStroke(DOOR);
        canvas.moveTo(s.x(x1), s.y(y1));
        canvas.lineTo(s.x(x2), s.y(y2));
        canvas.stroke();
        switch (door.wall()) {
            case WEST -> text(door.label(), 8, s.x(lx) - 5, s.y(ly) - 3, DOOR, Element.ALIGN_RIGHT);
            case EAST -> text(door.label(), 8, s.x(lx) + 5, s.y(ly) - 3, DOOR, Element.ALIGN_LEFT);
            case NORTH -> text(door.label(), 8, s.x(lx), s.y(0) + 5, DOOR, Element.ALIGN_CENTER);
            case SOUTH -> text(door.label(), 8, s.x(lx), s.y(d) - 11, DOOR, Element.ALIGN_CENTER);
        }
    }

    private void legend(Map<BoothStatus, Integer> counts, float scale, float top) {
        float x = PAGE_WIDTH - MARGIN - LEGEND_WIDTH;
        float y = top - 10;
        text("图例 Legend", 12, x, y, INK, Element.ALIGN_LEFT);
        y -= 22;
        for (BoothStatus status : BoothStatus.values()) {
            canvas.setLineWidth(0.8f);
            canvas.setColorFill(FILL.get(status));
            canvas.setColorStroke(STROKE.get(status));
            canvas.rectangle(x, y - 3, 18, 12);
            canvas.fillStroke();
            String label = bundles.text(AppLocales.ZH_CN, status.messageKey()) + " " + bundles.text(AppLocales.EN, status.messageKey());
            text(label, 9, x + 26, y, INK, Element.ALIGN_LEFT);
            text(String.valueOf(counts.getOrDefault(status, 0)), 9, x + LEGEND_WIDTH, y, INK, Element.ALIGN_RIGHT);
            y -= 20;
        }
        canvas.setLineWidth(4f);
        canvas.setColorStroke(DOOR);
        canvas.moveTo(x, y + 3);
        canvas.lineTo(x + 18, y + 3);
        canvas.stroke();
        text("出入口 Entrance", 9, x + 26, y, INK, Element.ALIGN_LEFT);
        y -= 34;
        float tenMetres = 10 * scale;
        canvas.setLineWidth(1.2f);
        canvas.setColorStroke(INK);
        canvas.moveTo(x, y);
        canvas.lineTo(x + tenMetres, y);
        canvas.moveTo(x, y - 3);
        canvas.lineTo(x, y + 3);
        canvas.moveTo(x + tenMetres, y - 3);
        canvas.lineTo(x + tenMetres, y + 3);
        canvas.stroke();
        text("10 米 m", 9, x + tenMetres + 6, y - 3, INK, Element.ALIGN_LEFT);
        y -= 40;
        canvas.setColorFill(INK);
        canvas.moveTo(x + 9, y + 24);
        canvas.lineTo(x + 3, y);
        canvas.lineTo(x + 15, y);
        canvas.closePath();
        canvas.fill();
        text("北 N", 9, x + 24, y + 8, INK, Element.ALIGN_LEFT);
    }

    /** The text, shortened with … until it fits the width. */
    private String fit(String text, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && font.getWidthPoint(t + "…", size) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    private void text(String text, float size, float x, float y, Color colour, int align) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.showTextAligned(align, text, x, y, 0);
        canvas.endText();
    }
}
