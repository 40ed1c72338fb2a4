package org.expodesk.exhibitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import org.expodesk.booth.BoothKind;
import org.expodesk.exhibitor.ExhibitorDraft;
import org.expodesk.exhibitor.ExhibitorSummary;
import org.expodesk.exhibitor.MyCompanyService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;

/**
 * What the company may change itself: English name, address, contact, products, the evidence of a famous
 * brand and its booth wishes. Name, credit code, category and the two flags its review decided are shown,
 * not edited: the office changes them.
 */
class MyProfileForm extends Details {

    MyProfileForm(MyCompanyService myCompany, long eventId, ExhibitorSummary company, Runnable onSaved) {
        setSummaryText(getTranslation("exhibitor.mine.profile"));
        setId("my-profile");
        addClassName("exhibitor-section");
        BeanValidationBinder<ExhibitorDraft> binder = new BeanValidationBinder<>(ExhibitorDraft.class);
        binder.setRequiredConfigurator(com.vaadin.flow.data.binder.RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation.annotationType() == jakarta.validation.constraints.NotBlank.class));
        TextField nameZh = new TextField(getTranslation("exhibitor.field.name-zh"));
        nameZh.setReadOnly(true);
        TextField creditCode = new TextField(getTranslation("exhibitor.field.credit-code"));
        creditCode.setReadOnly(true);
        TextField nameEn = new TextField(getTranslation("exhibitor.field.name-en"));
        TextField address = new TextField(getTranslation("exhibitor.field.address"));
        TextField contact = new TextField(getTranslation("exhibitor.field.contact"));
        contact.setId("my-profile-contact");
        TextField mobile = new TextField(getTranslation("exhibitor.field.mobile"));
        EmailField email = new EmailField(getTranslation("exhibitor.field.email"));
        TextArea products = new TextArea(getTranslation("exhibitor.field.products"));
        TextArea evidence = new TextArea(getTranslation("exhibitor.field.evidence"));
        evidence.setVisible(company.famousBrand());
        Select<BoothKind> wishKind = new Select<>();
        wishKind.setLabel(getTranslation("exhibitor.field.wish-kind"));
        wishKind.setItems(BoothKind.values());
        wishKind.setEmptySelectionAllowed(true);
        wishKind.setItemLabelGenerator(k -> k == null ? getTranslation("exhibitor.field.any") : getTranslation(k.messageKey()));
        BigDecimalField wishArea = new BigDecimalField(getTranslation("exhibitor.field.wish-area"));
        IntegerField staffCount = new IntegerField(getTranslation("exhibitor.field.staff-count"));
        binder.bind(nameZh, "nameZh");
        binder.bind(creditCode, "creditCode");
        binder.bind(nameEn, "nameEn");
        binder.bind(address, "address");
        binder.bind(contact, "contactName");
        binder.bind(mobile, "mobile");
        binder.bind(email, "email");
        binder.bind(products, "products");
        binder.bind(evidence, "famousBrandEvidence");
        binder.bind(wishKind, "wishKind");
        binder.bind(wishArea, "wishArea");
        binder.forField(staffCount).withConverter(v -> v == null ? 0 : v, v -> v).bind("staffCount");
        ExhibitorDraft draft = draftOf(company);
        binder.readBean(draft);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.writeBeanIfValid(draft)) {
                try {
                    myCompany.updateMyProfile(eventId, company.version(), draft);
                    Toast.success(getTranslation("exhibitor.mine.saved"));
                    onSaved.run();
                } catch (BusinessRuleException ex) {
                    Toast.error(ExhibitorTexts.reason(this, ex));
                }
            }
        });
        save.setId("my-profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(nameZh, creditCode, nameEn, address, contact, mobile, email, products, evidence, wishKind,
                wishArea, staffCount);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        add(form, save);
    }

    private static ExhibitorDraft draftOf(ExhibitorSummary c) {
        ExhibitorDraft d = new ExhibitorDraft();
        d.setNameZh(c.nameZh());
        d.setNameEn(c.nameEn());
        d.setCreditCode(c.creditCode());
        d.setAddress(c.address());
        d.setContactName(c.contactName());
        d.setMobile(c.mobile());
        d.setEmail(c.email());
        d.setProducts(c.products());
        d.setCategory(c.category());
        d.setFamousBrand(c.famousBrand());
        d.setFamousBrandEvidence(c.famousBrandEvidence());
        d.setLocalEnterprise(c.localEnterprise());
        d.setWishKind(c.wishKind());
        d.setWishArea(c.wishArea());
        List<String> wishes = c.wishBooths();
        d.setWishBooth1(wishes.size() > 0 ? wishes.get(0) : null);
        d.setWishBooth2(wishes.size() > 1 ? wishes.get(1) : null);
        d.setWishBooth3(wishes.size() > 2 ? wishes.get(2) : null);
        d.setStaffCount(c.staffCount());
        return d;
    }
}
