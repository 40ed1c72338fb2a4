package org.expodesk.shared.domain;

/** An argument of a message that is itself a message key, translated when the message is shown (e.g. a unit kind). */
public record Translatable(String key) {
}
