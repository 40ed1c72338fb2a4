package org.expodesk.exhibitor;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.expodesk.booth.BoothKind;
import org.expodesk.shared.i18n.AppLocales;
import org.expodesk.shared.i18n.MessageBundles;
import org.expodesk.shared.validation.CreditCode;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/**
 * Turns one row of text into an {@link ExhibitorDraft} and says everything wrong with it, column by column.
 * The rules are the registration form's own (the draft's Bean Validation constraints: required fields,
 * lengths, the credit code's check character, mobile, email, evidence of a famous brand); each broken
 * constraint becomes a problem with its own message key, so "bad credit code" and "too long" read
 * differently. Choices (category, booth kind, yes/no) accept the label in either language or the code.
 */
final class ImportRowCheck {

    private static final Map<Class<? extends Annotation>, String> REASONS = Map.of(
            NotBlank.class, "exhibitor.import.problem.missing",
            NotNull.class, "exhibitor.import.problem.missing",
            Size.class, "exhibitor.import.problem.too-long",
            CreditCode.class, "exhibitor.import.problem.credit-code",
            Phone.class, "exhibitor.import.problem.mobile",
            Email.class, "exhibitor.import.problem.email",
            DecimalMin.class, "exhibitor.import.problem.out-of-range",
            DecimalMax.class, "exhibitor.import.problem.out-of-range",
            Min.class, "exhibitor.import.problem.out-of-range",
            Max.class, "exhibitor.import.problem.out-of-range");

    private final Validator validator;
    private final Map<String, ExhibitorCategory> categories = new HashMap<>();
    private final Map<String, BoothKind> kinds = new HashMap<>();

    ImportRowCheck(Validator validator, MessageBundles bundles) {
        this.validator = validator;
        for (ExhibitorCategory c : ExhibitorCategory.values()) {
            labels(bundles, c.messageKey(), c.name()).forEach(l -> categories.put(l, c));
        }
        for (BoothKind k : BoothKind.values()) {
            labels(bundles, k.messageKey(), k.name()).forEach(l -> kinds.put(l, k));
        }
    }

    private static List<String> labels(MessageBundles bundles, String key, String code) {
        List<String> labels = new ArrayList<>(List.of(key(code)));
        for (Locale locale : AppLocales.SUPPORTED) {
            String label = bundles.find(locale, key);
            if (label != null) {
                labels.add(key(label));
            }
        }
        return labels;
    }

    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    record Checked(ExhibitorDraft draft, List<ImportProblem> problems) {
    }

    Checked check(SheetRow row) {
        List<ImportProblem> problems = new ArrayList<>(row.refusedCells().values());
        ExhibitorDraft d = new ExhibitorDraft();
        d.setNameZh(row.cell(ImportColumn.NAME_ZH));
        d.setNameEn(blankToNull(row.cell(ImportColumn.NAME_EN)));
        d.setCreditCode(row.cell(ImportColumn.CREDIT_CODE));
        d.setAddress(row.cell(ImportColumn.ADDRESS));
        d.setContactName(row.cell(ImportColumn.CONTACT));
        d.setMobile(row.cell(ImportColumn.MOBILE));
        d.setEmail(blankToNull(row.cell(ImportColumn.EMAIL)));
        d.setProducts(row.cell(ImportColumn.PRODUCTS));
        choice(row, ImportColumn.CATEGORY, categories, problems, d::setCategory);
        yesNo(row, ImportColumn.FAMOUS_BRAND, problems, d::setFamousBrand);
        d.setFamousBrandEvidence(blankToNull(row.cell(ImportColumn.EVIDENCE)));
        yesNo(row, ImportColumn.LOCAL, problems, d::setLocalEnterprise);
        choice(row, ImportColumn.BOOTH_KIND, kinds, problems, d::setWishKind);
        number(row, ImportColumn.AREA, problems, d::setWishArea);
        wishes(row, problems, d);
        number(row, ImportColumn.STAFF, problems, n -> d.setStaffCount(n.intValue()));

        for (ConstraintViolation<ExhibitorDraft> v : validator.validate(d)) {
            String property = v.getPropertyPath().toString();
            ImportColumn column = ImportColumn.ofProperty(property);
            if (column != null && (row.refusedCells().containsKey(column) || has(problems, column))) {
                continue; // Already said why (a formula, an unknown choice): one reason per cell.
            }
            if ("famousBrandEvidenced".equals(property)) {
                problems.add(ImportProblem.of(ImportColumn.EVIDENCE, "exhibitor.import.problem.evidence"));
                continue;
            }
            Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
            String reason = REASONS.getOrDefault(type, "exhibitor.import.problem.invalid");
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            problems.add(type == Size.class ? ImportProblem.of(column, reason, row.cell(column == null ? ImportColumn.NAME_ZH : column).length(), max)
                    : ImportProblem.of(column, reason));
        }
        return new Checked(d, problems);
    }

    private static boolean has(List<ImportProblem> problems, ImportColumn column) {
        return problems.stream().anyMatch(p -> p.column() == column);
    }

    private static <T> void choice(SheetRow row, ImportColumn column, Map<String, T> values, List<ImportProblem> problems, Consumer<T> set) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return;
        }
        T value = values.get(key(text));
        if (value == null) {
            problems.add(ImportProblem.of(column, "exhibitor.import.problem.unknown-choice", text));
        } else {
            set.accept(value);
        }
    }

    private static void yesNo(SheetRow row, ImportColumn column, List<ImportProblem> problems, Consumer<Boolean> set) {
        String text = key(row.cell(column));
        switch (text) {
            case "", "否", "no", "n", "false", "0" -> set.accept(false);
            case "是", "yes", "y", "true", "1" -> set.accept(true);
            default -> problems.add(ImportProblem.of(column, "exhibitor.import.problem.yes-no", row.cell(column)));
        }
    }

    private static void number(SheetRow row, ImportColumn column, List<ImportProblem> problems, Consumer<BigDecimal> set) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (column == ImportColumn.STAFF && (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0)) {
                problems.add(ImportProblem.of(column, "exhibitor.import.problem.number", text));
                return;
            }
            set.accept(value);
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(column, "exhibitor.import.problem.number", text));
        }
    }

    /** Up to three booth codes separated by commas (either width), semicolons or blanks. */
    private static void wishes(SheetRow row, List<ImportProblem> problems, ExhibitorDraft d) {
        String text = row.cell(ImportColumn.WISH_BOOTHS);
        if (text.isEmpty()) {
            return;
        }
        String[] codes = text.split("[,，;；、\\s]+");
        if (codes.length > 3) {
            problems.add(ImportProblem.of(ImportColumn.WISH_BOOTHS, "exhibitor.import.problem.too-many-wishes", codes.length));
            return;
        }
        d.setWishBooth1(codes.length > 0 ? codes[0] : null);
        d.setWishBooth2(codes.length > 1 ? codes[1] : null);
        d.setWishBooth3(codes.length > 2 ? codes[2] : null);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
