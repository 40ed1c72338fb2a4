package org.expodesk.safety.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.expodesk.safety.PhotoRef;
import org.expodesk.shared.domain.AbstractEntity;

/** A photo's record; its bytes are the file {@code storedName} under the upload directory. */
@Entity
@Table(name = "safety_photo")
public class Photo extends AbstractEntity {

    @Column(name = "event_id", nullable = false)
    private long eventId;
    @Column(name = "stored_name", nullable = false, length = 80)
    private String storedName = "";
    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType = "";
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(name = "original_name", nullable = false, length = 200)
    private String originalName = "";
    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected Photo() {
    }

    public Photo(long eventId, String storedName, String contentType, long sizeBytes, String originalName, long uploadedBy,
            Instant now) {
        this.eventId = eventId;
        this.storedName = storedName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.originalName = originalName.length() > 200 ? originalName.substring(0, 200) : originalName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public long eventId() { return eventId; }
    public String storedName() { return storedName; }
    public String contentType() { return contentType; }

    public PhotoRef toRef() {
        return new PhotoRef(requireId(), contentType, sizeBytes);
    }
}
