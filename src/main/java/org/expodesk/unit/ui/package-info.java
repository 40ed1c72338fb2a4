/**
 * The units screen: the organisation tree with each unit's leader in charge and liaison, a search that keeps
 * the units above a match, and the form that edits a unit and both posts in one go.
 */
@NullMarked
package org.expodesk.unit.ui;

import org.jspecify.annotations.NullMarked;
