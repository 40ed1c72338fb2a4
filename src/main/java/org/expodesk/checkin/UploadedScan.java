package org.expodesk.checkin;

/**
 * What became of one scan of an offline upload: the server's result, whether it conflicts (the server would
 * have refused what the device let through), and whether it was already stored by an earlier upload.
 */
public record UploadedScan(String nonce, ScanResult result, boolean conflict, boolean duplicate) {
}
