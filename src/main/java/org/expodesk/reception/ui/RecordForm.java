package org.expodesk.reception.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/**
 * Saving a dialog bound to a record draft: field errors stay on their fields with one message, the service's
 * refusal is shown translated, and the dialog closes only once the service has saved.
 */
final class RecordForm {

    private RecordForm() {
    }

    static <D extends Record, S> void save(Dialog dialog, Binder<D> binder, Function<D, S> service, Consumer<S> saved) {
        D draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException invalid) {
            Toast.error(dialog.getTranslation("form.error.fix-fields"));
            return;
        }
        try {
            saved.accept(service.apply(draft));
            dialog.close();
        } catch (BusinessRuleException refused) {
            Toast.error(refused);
        }
    }
}
