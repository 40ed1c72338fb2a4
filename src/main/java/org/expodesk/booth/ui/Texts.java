package org.expodesk.booth.ui;

/** A view's {@code getTranslation}, handed to the helpers that build texts outside a component. */
@FunctionalInterface
interface Texts {

    String get(String key, Object... arguments);
}
