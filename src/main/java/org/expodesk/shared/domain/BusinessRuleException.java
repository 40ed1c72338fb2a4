package org.expodesk.shared.domain;

import java.util.Arrays;

/**
 * A request that breaks a rule of the domain. It carries a message key of the bilingual bundles and
 * its arguments, so the screen shows the reason in the user's language and says what to fix.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
