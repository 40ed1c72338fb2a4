package org.expodesk.reception;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.expodesk.shared.validation.Phone;
import org.jspecify.annotations.Nullable;

/** A contracted hotel as the office enters it; the distance to the venue is in kilometres. */
public record HotelDraft(
        @NotBlank @Size(max = 100) String nameZh,
        @Nullable @Size(max = 200) String nameEn,
        @Nullable @Size(max = 300) String address,
        @Nullable @Size(max = 60) String contactName,
        @Nullable @Size(max = 30) @Phone String phone,
        @Nullable @DecimalMin("0") @DecimalMax("99999") BigDecimal distanceKm) {
}
