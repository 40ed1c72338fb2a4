package org.expodesk.countdown.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.expodesk.countdown.TemplateItem;
import org.expodesk.countdown.Workstream;
import org.jspecify.annotations.Nullable;

/** One task of a template as stored; its dependencies are positions in the same template, written "0,3". */
@Embeddable
public class TemplateItemRow {

    @Column(name = "title_zh", nullable = false, length = 200)
    private String titleZh = "";

    @Column(name = "title_en", length = 300)
    private @Nullable String titleEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Workstream workstream = Workstream.OTHER;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "duration_days", nullable = false)
    private int durationDays = 1;

    @Column(name = "depends_on", nullable = false, length = 500)
    private String dependsOn = "";

    protected TemplateItemRow() {
    }

    TemplateItemRow(TemplateItem item) {
        this.titleZh = item.titleZh();
        this.titleEn = item.titleEn();
        this.workstream = item.workstream();
        this.startOffset = item.startOffset();
        this.durationDays = item.durationDays();
        this.dependsOn = item.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    TemplateItem toItem() {
        List<Integer> positions = dependsOn.isBlank() ? List.of()
                : Arrays.stream(dependsOn.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new TemplateItem(titleZh, titleEn, workstream, startOffset, durationDays, positions);
    }
}
