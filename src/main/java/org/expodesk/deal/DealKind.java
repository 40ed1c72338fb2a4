package org.expodesk.deal;

import java.util.Locale;

/** What is signed: a binding contract, a framework agreement or a letter of intent. */
public enum DealKind {
    /** 合同 */
    CONTRACT,
    /** 协议 */
    AGREEMENT,
    /** 意向书 */
    LETTER_OF_INTENT;

    public String messageKey() {
        return "deal.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
