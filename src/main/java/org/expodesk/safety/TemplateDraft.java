package org.expodesk.safety;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A template's names and ordered items as an editor saves them; saving makes a new revision. */
public record TemplateDraft(@NotBlank @Size(max = 100) String nameZh, @NotBlank @Size(max = 200) String nameEn,
        @NotEmpty @Size(max = 60) List<@Valid TemplateItem> items) {

    public TemplateDraft {
        items = List.copyOf(items);
    }
}
