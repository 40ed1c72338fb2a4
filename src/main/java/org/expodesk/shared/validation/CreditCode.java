package org.expodesk.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
 * {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} whose last one is the check character. Lower case and blanks around
 * it are accepted (see {@link CreditCodeValidator#normalise}). Empty is allowed; add @NotBlank where required.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

    String message() default "{expodesk.validation.credit-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
