/**
 * Investment deals (招商签约项目): the first records of the investment pipeline. A deal belongs to an event and
 * names the project, the investor and its signatory, the local party (a unit) and its signatory, the industry,
 * the contracted amount (万元 of its currency: CNY, or USD, EUR, HKD … for foreign deals, never converted), its
 * kind and its status on the day. {@link org.expodesk.deal.DealTotals} sums deals exactly by unit, by industry and
 * in all, with the 万元 → 亿元 rounding stated once. Signing ceremonies put deals in order; a later issue follows
 * deals from lead to funds in place.
 */
@NullMarked
package org.expodesk.deal;

import org.jspecify.annotations.NullMarked;
