package org.expodesk.booth;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The printable plan of an event's halls (the wall chart, the printed guide), provided by the exhibitor feature,
 * which knows the companies on the booths; the floor plan screen offers it as a download when it exists.
 * Implementations check roles and event access themselves.
 */
public interface PlanPrint {

    /** The name the downloaded file gets. */
    String fileName(long eventId);

    /** Writes the PDF into the stream. */
    void write(long eventId, OutputStream out) throws IOException;
}
