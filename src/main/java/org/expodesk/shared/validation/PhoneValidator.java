package org.expodesk.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks the phone formats people in a county office actually write. */
public class PhoneValidator implements ConstraintValidator<Phone, String> {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{7,15}");

    public static boolean isValid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String compact = value.strip().replaceAll("[\\s()]", "");
        if (compact.startsWith("+")) {
            return INTERNATIONAL.matcher(compact.replace("-", "")).matches();
        }
        return MAINLAND_MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches();
    }

    /** The number as stored: blanks removed, so that two spellings of one number compare equal. */
    public static @Nullable String normalise(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("[\\s()]", "");
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return isValid(value);
    }
}
