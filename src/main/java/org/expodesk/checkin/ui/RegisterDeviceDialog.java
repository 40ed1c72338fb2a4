package org.expodesk.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.expodesk.checkin.DeviceEnrolment;
import org.expodesk.checkin.DeviceService;
import org.expodesk.checkin.GateSummary;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/** Names a new scanning device for a gate; saving shows its one-time enrolment code. */
class RegisterDeviceDialog extends Dialog {

    RegisterDeviceDialog(DeviceService devices, GateSummary gate, Consumer<DeviceEnrolment> onRegistered) {
        setHeaderTitle(getTranslation("checkin.device.register.title", gate.name(getLocale())));
        setWidth("min(26rem, 100vw)");
        TextField name = new TextField(getTranslation("checkin.device.name"));
        name.setPlaceholder(getTranslation("checkin.device.name.hint"));
        name.setWidthFull();
        name.setId("device-name");
        add(name);
        Button register = new Button(getTranslation("checkin.device.register"), e -> {
            try {
                DeviceEnrolment enrolment = devices.register(gate.id(), name.getValue());
                close();
                onRegistered.accept(enrolment);
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        register.setId("device-register-save");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), register);
    }
}
