package org.expodesk.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.expodesk.shared.validation.Phone;

/** The person answerable for a target: name, mobile and unit (company, department or township). */
public record Responsible(@NotBlank @Size(max = 60) String name, @NotBlank @Phone @Size(max = 30) String mobile,
        @Size(max = 120) String unit) {
}
