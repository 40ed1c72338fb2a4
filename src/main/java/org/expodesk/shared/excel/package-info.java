/**
 * Small pieces for the {@code .xlsx} sheets features export and import with Apache POI: cells that cannot
 * inject formulas. Shared so that every export (exhibitors, badges for a print shop) guards its cells the same way.
 */
@NullMarked
package org.expodesk.shared.excel;

import org.jspecify.annotations.NullMarked;
