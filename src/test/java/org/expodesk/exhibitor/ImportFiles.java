package org.expodesk.exhibitor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files as an office would make them: the template's header, then rows of text (or formulas). */
public final class ImportFiles {

    /** A cell holding a formula instead of a value. */
    public record Formula(String expression) {
    }

    private ImportFiles() {
    }

    public static List<Object> header() {
        return Arrays.stream(ImportColumn.values()).map(c -> (Object) c.header()).toList();
    }

    /** A complete, valid row for a company of that name with a fresh credit code. */
    public static List<Object> row(String nameZh) {
        return new ArrayList<>(List.of(nameZh, "Yunxi Trading Co., Ltd.", ExhibitorFixtures.creditCode(), "云溪县商城大道 18 号",
                "王丽", ExhibitorFixtures.mobile(), "sales@example.cn", "不锈钢保温杯", "五金工具", "否", "", "是", "标准展位", "18",
                "A-001, A-002", "3"));
    }

    public static List<Object> with(List<Object> row, ImportColumn column, Object value) {
        List<Object> copy = new ArrayList<>(row);
        copy.set(column.ordinal(), value);
        return copy;
    }

    @SafeVarargs
    public static byte[] xlsx(List<Object>... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("展商");
            int r = 0;
            for (List<Object> values : prepend(rows)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) instanceof Formula f) {
                        row.createCell(c).setCellFormula(f.expression());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SafeVarargs
    public static byte[] csv(Charset charset, boolean bom, List<Object>... rows) {
        String text = prepend(rows).stream()
                .map(r -> r.stream().map(v -> "\"" + String.valueOf(v).replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n")) + "\r\n";
        byte[] body = text.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    public static byte[] utf8Bom(List<Object>... rows) {
        return csv(StandardCharsets.UTF_8, true, rows);
    }

    @SafeVarargs
    private static List<List<Object>> prepend(List<Object>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header());
        all.addAll(Arrays.asList(rows));
        return all;
    }
}
