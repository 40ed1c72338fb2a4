package org.expodesk.shared.domain;

/** The record asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends BusinessRuleException {

    /** {@code what} names the kind of record, e.g. {@code event}; the message key {@code entity.<what>} translates it. */
    public NotFoundException(String what, long id) {
        super("error.not-found", new Translatable("entity." + what), id);
    }
}
