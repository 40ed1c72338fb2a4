package org.expodesk.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.expodesk.shared.domain.BusinessRuleException;

/**
 * The question every screen asks before it deletes something: a red confirm button, a cancel button, and the
 * service's refusal (e.g. "still has sub-units") shown as a translated message instead of an error page.
 */
public final class ConfirmDeletion {

    private ConfirmDeletion() {
    }

    /** A dialog not yet open; {@code deletion} runs when the user confirms. */
    public static ConfirmDialog of(String title, String text, Runnable deletion) {
        ConfirmDialog confirm = of(title, text, "", "", deletion);
        confirm.setConfirmText(confirm.getTranslation("action.delete"));
        confirm.setCancelText(confirm.getTranslation("action.cancel"));
        return confirm;
    }

    /**
     * The same question with the buttons named after what they do, where "delete" and "cancel" would mislead, e.g.
     * cancelling a hotel stay: "Cancel stay" / "Keep it" rather than "Delete" / "Cancel".
     */
    public static ConfirmDialog of(String title, String text, String confirmText, String keepText, Runnable deletion) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(title);
        confirm.setText(text);
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(keepText);
        confirm.addConfirmListener(e -> {
            try {
                deletion.run();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        return confirm;
    }
}
