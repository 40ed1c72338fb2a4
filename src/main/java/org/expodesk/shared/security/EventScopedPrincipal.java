package org.expodesk.shared.security;

import java.util.Set;

/**
 * A caller that is not an account but is bound to fixed events, such as a scanning device enrolled for a
 * gate. {@link EventAccessPolicy} lets it work on exactly these events and no others.
 */
public interface EventScopedPrincipal {

    Set<Long> eventIds();
}
