package org.expodesk.checkin.ui;

import com.vaadin.flow.dom.Element;

/**
 * Sound and vibration for the answers at the gate, in the browser: a short high beep for yes, three low ones
 * for no (WebAudio), and {@code navigator.vibrate} where the phone has it (iPhones do not). Browsers let a page
 * make sound only after the user touched it, so {@link #unlock} runs on the tap that picks the gate.
 */
final class GateSignals {

    private GateSignals() {
    }

    /** Creates the page's audio context on a tap, when browsers allow it to start. */
    static void unlock(Element element) {
        element.executeJs("""
                try {
                  const C = window.AudioContext || window.webkitAudioContext;
                  window.__expoGateAudio = window.__expoGateAudio || (C ? new C() : null);
                  if (window.__expoGateAudio && window.__expoGateAudio.state === 'suspended') window.__expoGateAudio.resume();
                } catch (e) { /* no sound on this device */ }""");
    }

    static void answer(Element element, boolean passes) {
        element.executeJs("""
                const yes = $0;
                try {
                  const C = window.AudioContext || window.webkitAudioContext;
                  const ctx = window.__expoGateAudio = window.__expoGateAudio || (C ? new C() : null);
                  if (ctx) {
                    const beeps = yes ? [[0, 0.15, 1046]] : [[0, 0.18, 220], [0.25, 0.18, 220], [0.5, 0.3, 196]];
                    for (const [at, length, hz] of beeps) {
                      const o = ctx.createOscillator(), g = ctx.createGain();
                      o.type = yes ? 'sine' : 'square';
                      o.frequency.value = hz;
                      g.gain.value = 0.25;
                      o.connect(g); g.connect(ctx.destination);
                      o.start(ctx.currentTime + at); o.stop(ctx.currentTime + at + length);
                    }
                  }
                } catch (e) { /* no sound on this device */ }
                if (navigator.vibrate) navigator.vibrate(yes ? 120 : [250, 120, 250, 120, 250]);""", passes);
    }
}
