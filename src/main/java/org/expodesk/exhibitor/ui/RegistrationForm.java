package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Objects;
import org.expodesk.booth.BoothKind;
import org.expodesk.exhibitor.ExhibitorCategory;
import org.expodesk.exhibitor.LoginChoice;
import org.expodesk.exhibitor.RegistrationDraft;

/**
 * The fields of the public registration in sections (company, contact, products, booth wishes, account), one
 * column on a phone and two on a desktop. Field errors come from the draft's Bean Validation constraints, in
 * the screen's language; the two rules across fields (evidence of a famous brand, an email to sign in with)
 * and the repeated password are checked here too.
 */
class RegistrationForm extends FormLayout {

    final BeanValidationBinder<RegistrationDraft> binder = new BeanValidationBinder<>(RegistrationDraft.class);
    final TextField nameZh = text("name-zh", "exhibitor.field.name-zh");
    final TextField nameEn = text("name-en", "exhibitor.field.name-en");
    final TextField creditCode = text("credit-code", "exhibitor.field.credit-code");
    final TextField address = text("address", "exhibitor.field.address");
    final TextField contactName = text("contact", "exhibitor.field.contact");
    final TextField mobile = text("mobile", "exhibitor.field.mobile");
    final EmailField email = new EmailField();
    final TextArea products = new TextArea();
    final Select<ExhibitorCategory> category = new Select<>();
    final Checkbox famousBrand = new Checkbox();
    final TextArea evidence = new TextArea();
    final Checkbox local = new Checkbox();
    final Select<BoothKind> wishKind = new Select<>();
    final BigDecimalField wishArea = new BigDecimalField();
    final TextField wish1 = text("wish-1", "exhibitor.field.wish-1");
    final TextField wish2 = text("wish-2", "exhibitor.field.wish-2");
    final TextField wish3 = text("wish-3", "exhibitor.field.wish-3");
    final IntegerField staffCount = new IntegerField();
    final RadioButtonGroup<LoginChoice> loginBy = new RadioButtonGroup<>();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();

    RegistrationForm() {
        setId("registration-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        creditCode.setMaxLength(18);
        creditCode.setHelperText(getTranslation("exhibitor.field.credit-code.help"));
        mobile.setHelperText(getTranslation("exhibitor.field.mobile.help"));
        setUp(email, "email", "exhibitor.field.email");
        setUp(products, "products", "exhibitor.field.products");
        products.setMaxLength(1000);
        setUp(category, "category", "exhibitor.field.category");
        category.setItems(ExhibitorCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.messageKey()));
        famousBrand.setLabel(getTranslation("exhibitor.field.famous-brand"));
        famousBrand.setId("register-famous-brand");
        setUp(evidence, "evidence", "exhibitor.field.evidence");
        evidence.setMaxLength(1000);
        local.setLabel(getTranslation("exhibitor.field.local"));
        local.setId("register-local");
        setUp(wishKind, "wish-kind", "exhibitor.field.wish-kind");
        wishKind.setItems(BoothKind.values());
        wishKind.setEmptySelectionAllowed(true);
        wishKind.setItemLabelGenerator(k -> k == null ? getTranslation("exhibitor.field.any") : getTranslation(k.messageKey()));
        setUp(wishArea, "wish-area", "exhibitor.field.wish-area");
        setUp(staffCount, "staff-count", "exhibitor.field.staff-count");
        staffCount.setMin(0);
        staffCount.setStepButtonsVisible(true);
        setUp(loginBy, "login-by", "exhibitor.field.login-by");
        loginBy.setItems(LoginChoice.values());
        loginBy.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        setUp(password, "password", "exhibitor.field.password");
        password.setHelperText(getTranslation("exhibitor.field.password.help"));
        setUp(repeat, "password-repeat", "exhibitor.field.password-repeat");

        add(section("exhibitor.register.section.company"), nameZh, nameEn, creditCode, address);
        add(section("exhibitor.register.section.contact"), contactName, mobile, email);
        add(section("exhibitor.register.section.products"), category, products, famousBrand, evidence, local);
        add(section("exhibitor.register.section.booth"), wishKind, wishArea, wish1, wish2, wish3, staffCount);
        add(section("exhibitor.register.section.account"), loginBy, new com.vaadin.flow.component.html.Span(), password, repeat);
        setColspan(products, 2);
        setColspan(evidence, 2);
        bind();
        evidence.setVisible(false);
        famousBrand.addValueChangeListener(e -> evidence.setVisible(e.getValue()));
    }

    private void bind() {
        // @NotBlank fields show the required mark too, not only @NotNull ones.
        binder.setRequiredConfigurator(com.vaadin.flow.data.binder.RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == jakarta.validation.constraints.NotBlank.class));
        binder.bind(nameZh, "nameZh");
        binder.bind(nameEn, "nameEn");
        binder.bind(creditCode, "creditCode");
        binder.bind(address, "address");
        binder.bind(contactName, "contactName");
        binder.bind(mobile, "mobile");
        binder.forField(email).withValidator((value, context) -> loginBy.getValue() != LoginChoice.EMAIL || !value.isBlank()
                ? ValidationResult.ok() : ValidationResult.error(getTranslation("exhibitor.register.email-for-login")))
                .bind("email");
        binder.bind(products, "products");
        binder.forField(category).asRequired(getTranslation("exhibitor.register.category-required")).bind("category");
        binder.bind(famousBrand, "famousBrand");
        binder.forField(evidence).withValidator((value, context) -> !famousBrand.getValue() || !value.isBlank()
                ? ValidationResult.ok() : ValidationResult.error(getTranslation("exhibitor.register.evidence-required")))
                .bind("famousBrandEvidence");
        binder.bind(local, "localEnterprise");
        binder.bind(wishKind, "wishKind");
        binder.bind(wishArea, "wishArea");
        binder.bind(wish1, "wishBooth1");
        binder.bind(wish2, "wishBooth2");
        binder.bind(wish3, "wishBooth3");
        binder.forField(staffCount).withConverter(v -> v == null ? 0 : v, v -> v).bind("staffCount");
        binder.forField(loginBy).asRequired().bind("loginBy");
        binder.forField(password).withValidator((value, context) -> value.length() >= org.expodesk.account.PasswordPolicy.MIN_LENGTH
                ? ValidationResult.ok() : ValidationResult.error(getTranslation("account.error.password-too-short",
                        org.expodesk.account.PasswordPolicy.MIN_LENGTH))).bind("password");
        binder.forField(repeat).withValidator((value, context) -> Objects.equals(value, password.getValue())
                ? ValidationResult.ok() : ValidationResult.error(getTranslation("account.error.passwords-differ")))
                .bind(d -> "", (d, v) -> { });
        loginBy.addValueChangeListener(e -> binder.getBinding("email").ifPresent(b -> b.validate()));
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField();
        setUp(field, id, labelKey);
        return field;
    }

    private void setUp(Component field, String id, String labelKey) {
        field.setId("register-" + id);
        field.getElement().setProperty("label", getTranslation(labelKey));
    }

    private H3 section(String key) {
        H3 heading = new H3(getTranslation(key));
        heading.addClassName("registration-section");
        setColspan(heading, 2);
        return heading;
    }
}
