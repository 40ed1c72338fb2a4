package org.expodesk.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Uploads that speak the user's language. The component's own texts ("Upload File…", "Drop file here", the
 * progress and error lines) are English unless told otherwise, which read wrong on a Chinese screen; every
 * upload of the product goes through here.
 */
public final class Uploads {

    private Uploads() {
    }

    /** Sets the component's texts from the shared bundle in the language of the upload's UI. */
    public static Upload localised(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation("upload.add-file"))
                .setMany(upload.getTranslation("upload.add-files")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.drop-file"))
                .setMany(upload.getTranslation("upload.drop-files")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.server"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }
}
