package org.expodesk.booth.domain;

import java.math.BigDecimal;

/** A booth's code and rectangle in metres, as the plan checks read them from the database. */
public record BoothGeometry(long id, String code, BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal depth) {

    public Footprint footprint() {
        return new Footprint(id, code, Footprint.centimetres(x), Footprint.centimetres(y), Footprint.centimetres(width),
                Footprint.centimetres(depth));
    }
}
