package org.expodesk.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.expodesk.safety.domain.Photo;
import org.expodesk.safety.domain.PhotoRepository;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.domain.NotFoundException;
import org.expodesk.shared.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inspection photos on disk, under the upload directory ({@code expodesk.safety.upload-dir}), one row each in the
 * database. A photo is stored completely or not at all: the upload goes to a temporary file in the same directory
 * tree (checked for size while it arrives, then for its type by its first bytes), is moved into place atomically,
 * and the row is written in the same transaction; a refusal or a failed row deletes the file again.
 */
@Service
@Transactional(readOnly = true)
public class PhotoService {

    private final PhotoRepository photos;
    private final SafetyEvents events;
    private final Clock clock;
    private final Path root;
    private final long maxBytes;

    PhotoService(PhotoRepository photos, SafetyEvents events, Clock clock,
            @Value("${expodesk.safety.upload-dir:./data/uploads}") String uploadDir,
            @Value("${expodesk.safety.max-photo-bytes:10485760}") long maxBytes) {
        this.photos = photos;
        this.events = events;
        this.clock = clock;
        this.root = Path.of(uploadDir).toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    /** The largest photo accepted, for the upload field's own limit. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Stores a photo for an inspection of the event; refuses, translated, a file too big, not a photo, or not what its name says. */
    @Transactional
    @PreAuthorize(SafetyRoles.INSPECTORS)
    public PhotoRef store(long eventId, String fileName, InputStream content) {
        events.requireAccess(eventId);
        Path incoming = null;
        try {
            Path dir = Files.createDirectories(root.resolve("safety").resolve(Long.toString(eventId)));
            Path staging = Files.createDirectories(root.resolve(".incoming"));
            incoming = Files.createTempFile(staging, "photo-", ".part");
            long size = copyAtMost(content, incoming);
            PhotoType type = checkType(fileName, incoming);
            String storedName = eventId + "/" + UUID.randomUUID() + "." + type.extension;
            Path target = dir.resolve(storedName.substring(storedName.indexOf('/') + 1));
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(target);
            Photo photo = new Photo(eventId, storedName, type.contentType, size, fileName, CurrentUser.require().accountId(),
                    clock.instant());
            return photos.saveAndFlush(photo).toRef();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the photo", e);
        } finally {
            if (incoming != null) {
                deleteQuietly(incoming);
            }
        }
    }

    /** Writes a stored photo to {@code out}, for viewing; the caller must work on its event. */
    @PreAuthorize(SafetyRoles.READERS)
    public String write(long photoId, OutputStream out) {
        Photo photo = photos.findById(photoId).orElseThrow(() -> new NotFoundException("safety-photo", photoId));
        events.requireAccess(photo.eventId());
        try {
            Files.copy(root.resolve("safety").resolve(photo.storedName()), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read photo " + photoId, e);
        }
        return photo.contentType();
    }

    /** The photo's event, if it exists: answers may only name photos of their own event. */
    Optional<Long> eventOf(long photoId) {
        return photos.findById(photoId).map(Photo::eventId);
    }

    private long copyAtMost(InputStream in, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new BusinessRuleException("safety.error.photo-too-large", maxBytes / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new BusinessRuleException("safety.error.photo-empty");
        }
        return total;
    }

    private static PhotoType checkType(String fileName, Path file) throws IOException {
        byte[] header = new byte[PhotoType.HEADER_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(header, 0, header.length);
        }
        Optional<PhotoType> claimed = PhotoType.byName(fileName);
        Optional<PhotoType> actual = PhotoType.sniff(header, length);
        if (claimed.isEmpty()) {
            throw new BusinessRuleException("safety.error.photo-type", fileName);
        }
        if (actual.isEmpty() || actual.get() != claimed.get()) {
            throw new BusinessRuleException("safety.error.photo-mismatch", fileName);
        }
        return actual.get();
    }

    private static void deleteOnRollback(Path file) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(file);
                }
            }
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless: no row points at it, and .incoming can be emptied any time.
        }
    }
}
