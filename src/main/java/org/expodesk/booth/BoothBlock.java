package org.expodesk.booth;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A block of booths to generate in one go: {@code rows × columns} booths of one size, the first one's
 * north-west corner at (x, y), with aisles between rows and between columns (0 for back-to-back rows).
 *
 * <p>The code pattern is text with placeholders: {@code {n}} the running number (starting at
 * {@code firstNumber}, row by row from the north-west booth), {@code {row}} and {@code {col}} the booth's row
 * and column in the block, from 1. A format after a colon pads with zeros ({@code {n:03}} → 007) or, for row and
 * column, gives letters ({@code {row:A}} → A, B, … Z, AA). Examples: {@code A-{n:03}} →;
 * {@code {row:A}{col:02}} → A01 … B12; {@code A-{row}{col:02}} → A-101.
 */
public class BoothBlock {

    /** {@code rows × columns} standard 3 × 3 m shell booths from (x, y), back to back and side by side. */
    public static BoothBlock standardShells(int rows, int columns, BigDecimal x, BigDecimal y, String codePattern) {
        BoothBlock block = new BoothBlock();
        block.setRows(rows);
        block.setColumns(columns);
        block.setX(x);
        block.setY(y);
        block.setBoothWidth(new BigDecimal("3"));
        block.setBoothDepth(new BigDecimal("3"));
        block.setRowAisle(BigDecimal.ZERO);
        block.setColumnAisle(BigDecimal.ZERO);
        block.setCodePattern(codePattern);
        block.setKind(BoothKind.STANDARD);
        return block;
    }

    public static final int MAX_BOOTHS = 2_000;

    @Min(1)
    @Max(200)
    private int rows = 2;

    @Min(1)
    @Max(200)
    private int columns = 10;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal x = BigDecimal.ZERO;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal y = BigDecimal.ZERO;

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("1000")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal boothWidth = new BigDecimal("3");

    @NotNull
    @DecimalMin("0.5")
    @DecimalMax("1000")
    @Digits(integer = 4, fraction = 2)
    private @Nullable BigDecimal boothDepth = new BigDecimal("3");

    /** Space between two rows of the block; 0 puts rows back to back. */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private @Nullable BigDecimal rowAisle = BigDecimal.ZERO;

    /** Space between two columns; usually 0 (booths side by side). */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 2)
    private @Nullable BigDecimal columnAisle = BigDecimal.ZERO;

    @NotBlank
    @Size(max = 40)
    private String codePattern = "A-{n:03}";

    @Min(0)
    @Max(99_999)
    private int firstNumber = 1;

    @NotNull
    private BoothKind kind = BoothKind.STANDARD;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2)
    private @Nullable BigDecimal price = BigDecimal.ZERO;

    private @Nullable Long reservedUnitId;

    @Size(max = 100)
    private @Nullable String reservedCategory;

    public int getRows() { return rows; }
    public void setRows(int rows) { this.rows = rows; }
    public int getColumns() { return columns; }
    public void setColumns(int columns) { this.columns = columns; }
    public @Nullable BigDecimal getX() { return x; }
    public void setX(@Nullable BigDecimal x) { this.x = x; }
    public @Nullable BigDecimal getY() { return y; }
    public void setY(@Nullable BigDecimal y) { this.y = y; }
    public @Nullable BigDecimal getBoothWidth() { return boothWidth; }
    public void setBoothWidth(@Nullable BigDecimal boothWidth) { this.boothWidth = boothWidth; }
    public @Nullable BigDecimal getBoothDepth() { return boothDepth; }
    public void setBoothDepth(@Nullable BigDecimal boothDepth) { this.boothDepth = boothDepth; }
    public @Nullable BigDecimal getRowAisle() { return rowAisle; }
    public void setRowAisle(@Nullable BigDecimal rowAisle) { this.rowAisle = rowAisle; }
    public @Nullable BigDecimal getColumnAisle() { return columnAisle; }
    public void setColumnAisle(@Nullable BigDecimal columnAisle) { this.columnAisle = columnAisle; }
    public String getCodePattern() { return codePattern; }
    public void setCodePattern(String codePattern) { this.codePattern = codePattern; }
    public int getFirstNumber() { return firstNumber; }
    public void setFirstNumber(int firstNumber) { this.firstNumber = firstNumber; }
    public BoothKind getKind() { return kind; }
    public void setKind(BoothKind kind) { this.kind = kind; }
    public @Nullable BigDecimal getPrice() { return price; }
    public void setPrice(@Nullable BigDecimal price) { this.price = price; }
    public @Nullable Long getReservedUnitId() { return reservedUnitId; }
    public void setReservedUnitId(@Nullable Long reservedUnitId) { this.reservedUnitId = reservedUnitId; }
    public @Nullable String getReservedCategory() { return reservedCategory; }
    public void setReservedCategory(@Nullable String reservedCategory) { this.reservedCategory = reservedCategory; }
}
