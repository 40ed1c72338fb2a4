/**
 * Signing ceremonies (签约仪式): a programme session of kind signing ceremony with an ordered list of deals and the
 * leaders who witness them on stage. The order is the ceremony's own and every change to it carries the version
 * the organiser saw, so two organisers editing at once never corrupt it. From the order follow the stage plan
 * (signing tables, seats left and right by protocol, see docs/ceremonies.md), the minute-by-minute run-sheet, and
 * the printed papers: run-sheet, list of deals with totals, name cards and the press summary.
 */
@NullMarked
package org.expodesk.ceremony;

import org.jspecify.annotations.NullMarked;
