package org.expodesk.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The check of GB 32100-2015: each of the first 17 characters counts as its position in the alphabet
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (I, O, S, V and Z are never used), weighted 3^(i-1) mod 31; the 18th
 * character is the one at position 31 − (sum mod 31), where 31 stands for 0.
 */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The 31 characters a code is made of, in the order that gives each its value. */
    public static String checkAlphabet() {
        return ALPHABET;
    }

    public static boolean isValid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String code = normalise(value);
        if (code == null || code.length() != 18) {
            return false;
        }
        Character expected = checkCharacter(code.substring(0, 17));
        return expected != null && expected == code.charAt(17);
    }

    /** The check character for the first 17 characters, or null when one of them is not in the alphabet. */
    public static @Nullable Character checkCharacter(String first17) {
        if (first17.length() != 17) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }

    /** The code as stored: upper case, without surrounding blanks. */
    public static @Nullable String normalise(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return isValid(value);
    }
}
