/**
 * The small shared kernel every feature may use: the base entity, the bilingual message bundles and
 * their provider, roles and the current user, the clock, phone validation and a few UI pieces. It is
 * an open module on purpose: it holds no feature logic and depends on no feature.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.expodesk.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
