package org.expodesk.unit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.expodesk.unit.UnitDraft;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one post of a unit, the leader in charge or the liaison: name, title, mobile, office phone and
 * (for the liaison, who receives the notices) email. Bound to the draft's properties of that post by name,
 * e.g. {@code leaderMobile}, so the {@code @Phone} and size constraints of {@link UnitDraft} mark the fields.
 */
final class PostFields {

    /** Characters people type in phone numbers; anything else is refused while typing. */
    private static final String PHONE_CHARS = "[0-9+\\-\\s()]";

    private final TextField name;
    private final TextField title;
    private final TextField mobile;
    private final TextField officePhone;
    private final @Nullable EmailField email;

    /**
     * @param post {@code leader} or {@code liaison}: the prefix of the draft's properties and of the field ids
     * @param translate the dialog's {@code getTranslation}, so labels follow the screen's language
     */
    PostFields(String post, boolean withEmail, UnaryOperator<String> translate) {
        name = field(post, "name", translate.apply("unit.field.person-name"));
        title = field(post, "title", translate.apply("unit.field.person-title"));
        mobile = field(post, "mobile", translate.apply("unit.field.mobile"));
        mobile.setPlaceholder(translate.apply("unit.field.mobile.placeholder"));
        mobile.setAllowedCharPattern(PHONE_CHARS);
        officePhone = field(post, "office-phone", translate.apply("unit.field.office-phone"));
        officePhone.setPlaceholder(translate.apply("unit.field.office-phone.placeholder"));
        officePhone.setAllowedCharPattern(PHONE_CHARS);
        if (withEmail) {
            email = new EmailField(translate.apply("unit.field.email"));
            email.setId("unit-" + post + "-email");
            email.setClearButtonVisible(true);
        } else {
            email = null;
        }
    }

    /**
     * Binds the fields to the post's properties. The name is required once anything else of the post is filled
     * in: without a name the service has no person to keep the phone with (it refuses the same).
     */
    void bind(BeanValidationBinder<UnitDraft> binder, String post, String nameMissingMessage) {
        binder.forField(name)
                .withValidator(value -> !value.isBlank() || othersEmpty(), nameMissingMessage)
                .bind(post + "Name");
        binder.forField(title).bind(post + "Title");
        binder.forField(mobile).bind(post + "Mobile");
        binder.forField(officePhone).bind(post + "OfficePhone");
        if (email != null) {
            binder.forField(email).bind(post + "Email");
        }
        // Clearing a phone may lift the "name missing" error: check the name again at once.
        List.of(title, mobile, officePhone).forEach(f -> f.addValueChangeListener(e -> {
            if (name.isInvalid()) {
                binder.getBinding(post + "Name").ifPresent(b -> b.validate());
            }
        }));
    }

    List<Component> components() {
        List<Component> fields = new ArrayList<>(List.of(name, title, mobile, officePhone));
        if (email != null) {
            fields.add(email);
        }
        return fields;
    }

    private boolean othersEmpty() {
        List<HasValue<?, String>> others = new ArrayList<>(List.of(title, mobile, officePhone));
        if (email != null) {
            others.add(email);
        }
        return others.stream().allMatch(f -> f.getValue() == null || f.getValue().isBlank());
    }

    private static TextField field(String post, String what, String label) {
        TextField field = new TextField(label);
        field.setId("unit-" + post + "-" + what);
        field.setClearButtonVisible(true);
        return field;
    }
}
