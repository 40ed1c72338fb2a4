package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.expodesk.badge.BadgePdfRenderer.Layout;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class BadgePdfRendererTest {

    private static final LocalDate START = LocalDate.of(2026, 12, 17);
    private static final BadgeKeyPair KEY = BadgeKeyPair.generate(1, new SecureRandom());

    private final BadgePdfRenderer renderer = new BadgePdfRenderer();

    @Test
    void an_a6_badge_shows_the_chinese_name_and_the_event_as_text() throws IOException {
        byte[] pdf = render(Layout.A6, List.of(badge("张伟", "Zhang Wei", "青山义乌商贸有限公司")), "a6");

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(BadgeDrawing.mm(105), org.assertj.core.data.Offset.offset(0.5f));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("张伟", "Zhang Wei", "青山义乌商贸有限公司", "第四届云溪小商品博览会", "参展商");
        reader.close();
    }

    @Test
    void the_qr_code_placed_on_the_badge_decodes_to_the_badge_code_and_is_over_25_mm_wide() throws Exception {
        String code = code();
        BitMatrix matrix = BadgeQrCode.matrix(code);

        BufferedImage image = scaled(MatrixToImageWriter.toBufferedImage(matrix), 4);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
        assertThat(result.getText()).isEqualTo(code);
        int symbolModules = matrix.getWidth() - 2 * BadgeQrCode.QUIET_ZONE_MODULES;
        assertThat(symbolModules).as("version 7 at level M").isEqualTo(45);
        float symbolMm = BadgeDrawing.QR_SIZE / matrix.getWidth() * symbolModules * 25.4f / 72f;
        assertThat(symbolMm).isGreaterThanOrEqualTo(25f);
        assertThat(symbolMm * BadgePdfRenderer.A4_SCALE).as("on the A4 sheet").isGreaterThanOrEqualTo(25f);
    }

    @Test
    void long_names_and_organisations_are_kept_whole_on_the_badge() throws IOException {
        BadgePrint volunteer = new BadgePrint(2, "阿卜杜热合曼·买买提艾力", "Abdurahman Mamatali Abdukerim Yusupjan",
                "新疆维吾尔自治区喀什地区疏附县小商品城市场服务中心志愿者协会", "志愿者", "Volunteer", "#F9A825",
                "2026中国（云溪）国际小商品暨跨境电商博览会", "2026 China (Yunxi) International Small Commodities and Cross-border E-commerce Expo",
                START, START.plusDays(30), START.minusDays(1).datesUntil(START.plusDays(3)).toList(), code());
        PdfReader reader = new PdfReader(render(Layout.A6, List.of(volunteer), "long"));

        String text = new PdfTextExtractor(reader).getTextFromPage(1).replace("\n", "");
        assertThat(text).contains("阿卜杜热合曼·买买提艾力", "志愿者", "VOLUNTEER");
        assertThat(text).contains("新疆维吾尔自治区喀什地区疏附县").contains("志愿者协会");
        reader.close();
    }

    @Test
    void the_cjk_font_is_embedded_as_a_subset() throws IOException {
        PdfReader reader = new PdfReader(render(Layout.A6, List.of(badge("欧阳娜娜", null, null)), "font"));

        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertThat(fonts.getKeys()).isNotEmpty();
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+.*");
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType font file").isNotNull();
        }
        reader.close();
    }

    @Test
    void an_a4_sheet_holds_four_badges_and_the_fifth_starts_a_new_sheet() throws IOException {
        List<String> names = List.of("张伟", "李娜", "王芳", "刘洋", "陈静");
        byte[] pdf = render(Layout.A4_2X2, names.stream().map(n -> badge(n, null, "云溪日报")).toList(), "a4");

        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("张伟", "李娜", "王芳", "刘洋").doesNotContain("陈静");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("陈静");
        reader.close();
    }

    @Test
    void badges_are_taken_one_at_a_time_from_the_iterator() throws IOException {
        int[] drawn = {0};
        Iterator<BadgePrint> lazy = IntStream.range(0, 40).mapToObj(i -> {
            drawn[0]++;
            return badge("参会者" + i, "Guest " + i, null);
        }).iterator();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(lazy, Layout.A4_2X2, out);

        assertThat(drawn[0]).isEqualTo(40);
        assertThat(new PdfReader(out.toByteArray()).getNumberOfPages()).isEqualTo(10);
    }

    private byte[] render(Layout layout, List<BadgePrint> badges, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(badges.iterator(), layout, out);
        // Kept for a look with pdftoppm: target/badge-pdf/<name>.pdf
        Path dir = Path.of("target", "badge-pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    private static BufferedImage scaled(BufferedImage image, int factor) {
        BufferedImage big = new BufferedImage(image.getWidth() * factor, image.getHeight() * factor, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null);
        g.dispose();
        return big;
    }

    private static String code() {
        BadgeClaims claims = new BadgeClaims(BadgeId.random(), 42, 1, BadgeValidity.between(START, START.minusDays(2), START.plusDays(3)));
        return BadgeCodes.encode(claims, KEY);
    }

    static BadgePrint badge(String nameZh, String nameEn, String organisation) {
        return new BadgePrint(1, nameZh, nameEn, organisation, "参展商", "Exhibitor", "#1565C0", "第四届云溪小商品博览会",
                "4th Yunxi Small Commodities Expo", START, START.plusDays(2),
                START.minusDays(2).datesUntil(START.plusDays(4)).toList(), code());
    }
}
