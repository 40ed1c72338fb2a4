/**
 * Entities and repositories of the safety module: template revisions with their items, targets, photos,
 * inspections with their answers, rectifications with their re-checks, and contingency plans. Only the
 * module's own services use them.
 */
@NullMarked
package org.expodesk.safety.domain;

import org.jspecify.annotations.NullMarked;
