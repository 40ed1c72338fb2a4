package org.expodesk.reception;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A car or bus with its driver; {@code seats} are passenger seats. */
public record VehicleDraft(@NotBlank @Size(max = 20) String plate, @Min(1) @Max(80) int seats,
        @NotBlank @Size(max = 60) String driverName, @NotBlank @Size(max = 30) String driverPhone) {
}
