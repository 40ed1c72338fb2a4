package org.expodesk.booth.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.expodesk.booth.PlanProblem;
import org.expodesk.booth.PlanRuleException;

/**
 * The code pattern of a generated block (syntax in {@link org.expodesk.booth.BoothBlock}): literal text and
 * the placeholders {@code {n}}, {@code {row}} and {@code {col}}, each optionally formatted with {@code :03}
 * (zero-padded to 3 digits) or, for row and column, {@code :A} (letters A … Z, AA …). Parsed once, then
 * applied to every booth of the block.
 */
public final class CodePattern {

    private static final Pattern PLACEHOLDER = Pattern.compile("(n|row|col)(?::(0?[1-9]|A))?");

    private sealed interface Part permits Literal, Placeholder {
    }

    private record Literal(String text) implements Part {
    }

    private record Placeholder(String name, int width, boolean letters) implements Part {
    }

    private final List<Part> parts;

    private CodePattern(List<Part> parts) {
        this.parts = parts;
    }

    /** Reads a pattern; refuses it, with the reason, when a placeholder is unknown, unclosed or missing. */
    public static CodePattern parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '}') {
                throw refused("booth.error.pattern.unopened");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            int close = pattern.indexOf('}', i);
            int nextOpen = pattern.indexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                throw refused("booth.error.pattern.unclosed");
            }
            String inside = pattern.substring(i + 1, close).strip().toLowerCase(Locale.ROOT);
            Matcher m = PLACEHOLDER.matcher(inside.replace(":a", ":A"));
            if (!m.matches()) {
                String name = inside.contains(":") ? inside.substring(0, inside.indexOf(':')) : inside;
                throw name.matches("n|row|col") ? refused("booth.error.pattern.format", "{" + inside + "}")
                        : refused("booth.error.pattern.unknown", "{" + inside + "}");
            }
            boolean letters = "A".equals(m.group(2));
            if (letters && "n".equals(m.group(1))) {
                throw refused("booth.error.pattern.format", "{" + inside + "}");
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            int width = m.group(2) == null || letters ? 0 : Integer.parseInt(m.group(2));
            parts.add(new Placeholder(m.group(1), width, letters));
            i = close + 1;
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        if (parts.stream().noneMatch(Placeholder.class::isInstance)) {
            throw refused("booth.error.pattern.no-placeholder");
        }
        return new CodePattern(List.copyOf(parts));
    }

    /** The code of the booth in {@code row} and {@code column} (from 1) with running number {@code n}. */
    public String format(int row, int column, int n) {
        StringBuilder code = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal l -> code.append(l.text());
                case Placeholder p -> {
                    int value = switch (p.name()) {
                        case "row" -> row;
                        case "col" -> column;
                        default -> n;
                    };
                    code.append(p.letters() ? letters(value) : pad(value, p.width()));
                }
            }
        }
        return code.toString();
    }

    /** 1 → A, 26 → Z, 27 → AA: the column letters of a spreadsheet, which offices already read as booth rows. */
    static String letters(int value) {
        StringBuilder text = new StringBuilder();
        for (int v = value; v > 0; v = (v - 1) / 26) {
            text.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return text.toString();
    }

    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static PlanRuleException refused(String key, Object... arguments) {
        return new PlanRuleException(List.of(PlanProblem.of(key, arguments)));
    }
}
