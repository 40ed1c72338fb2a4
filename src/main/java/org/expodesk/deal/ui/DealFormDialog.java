package org.expodesk.deal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.Consumer;
import org.expodesk.deal.Amounts;
import org.expodesk.deal.DealDraft;
import org.expodesk.deal.DealKind;
import org.expodesk.deal.DealService;
import org.expodesk.deal.DealStatus;
import org.expodesk.deal.DealSummary;
import org.expodesk.deal.Industry;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/** The form of one deal: new when {@code dealId} is null. Edits a draft, never the entity; a stale form is refused. */
class DealFormDialog extends Dialog {

    private final BeanValidationBinder<DealDraft> binder = new BeanValidationBinder<>(DealDraft.class);
    private final DealDraft draft;

    DealFormDialog(DealService deals, List<UnitSummary> units, long eventId, @Nullable Long dealId, Consumer<DealSummary> saved) {
        draft = dealId == null ? new DealDraft() : deals.draftOf(dealId);
        setHeaderTitle(getTranslation(dealId == null ? "deal.new" : "deal.edit"));
        setWidth("min(56rem, 100%)");

        TextField projectZh = field("deal.field.project-zh", "deal-project-zh");
        TextField projectEn = field("deal.field.project-en", "deal-project-en");
        TextField investorZh = field("deal.field.investor-zh", "deal-investor-zh");
        TextField investorEn = field("deal.field.investor-en", "deal-investor-en");
        TextField investorSignatory = field("deal.field.investor-signatory", "deal-investor-signatory");
        TextField investorTitle = field("deal.field.investor-signatory-title", "deal-investor-title");
        ComboBox<Long> unit = new ComboBox<>(getTranslation("deal.field.unit"));
        unit.setItems(units.stream().map(UnitSummary::id).toList());
        unit.setItemLabelGenerator(id -> units.stream().filter(u -> u.id() == id).findFirst().map(u -> u.name(getLocale())).orElse(""));
        unit.setId("deal-unit");
        TextField localSignatory = field("deal.field.local-signatory", "deal-local-signatory");
        TextField localTitle = field("deal.field.local-signatory-title", "deal-local-title");
        Select<Industry> industry = new Select<>();
        industry.setLabel(getTranslation("deal.field.industry"));
        industry.setItems(Industry.values());
        industry.setItemLabelGenerator(i -> getTranslation(i.messageKey()));
        TextField industryOther = field("deal.field.industry-other", "deal-industry-other");
        BigDecimalField amount = new BigDecimalField(getTranslation("deal.field.amount"));
        amount.setId("deal-amount");
        Select<String> currency = new Select<>();
        currency.setLabel(getTranslation("deal.field.currency"));
        currency.setItems(Amounts.CURRENCIES);
        currency.setItemLabelGenerator(c -> getTranslation("deal.currency." + c.toLowerCase(java.util.Locale.ROOT)));
        Select<DealKind> kind = new Select<>();
        kind.setLabel(getTranslation("deal.field.kind"));
        kind.setItems(DealKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        Select<DealStatus> status = new Select<>();
        status.setLabel(getTranslation("deal.field.status"));
        status.setItems(DealStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));

        binder.forField(projectZh).bind("projectZh");
        binder.forField(projectEn).bind("projectEn");
        binder.forField(investorZh).bind("investorZh");
        binder.forField(investorEn).bind("investorEn");
        binder.forField(investorSignatory).bind("investorSignatory");
        binder.forField(investorTitle).bind("investorSignatoryTitle");
        binder.forField(unit).bind("unitId");
        binder.forField(localSignatory).bind("localSignatory");
        binder.forField(localTitle).bind("localSignatoryTitle");
        binder.forField(industry).bind("industry");
        binder.forField(industryOther).bind("industryOther");
        binder.forField(amount).bind("amountWan");
        binder.forField(currency).bind("currency");
        binder.forField(kind).bind("kind");
        binder.forField(status).bind("status");
        binder.readBean(draft);
        industryOther.setVisible(industry.getValue() == Industry.OTHER);
        industry.addValueChangeListener(e -> industryOther.setVisible(e.getValue() == Industry.OTHER));

        FormLayout form = new FormLayout(projectZh, projectEn, investorZh, investorEn, investorSignatory, investorTitle, unit,
                localSignatory, localTitle, industry, industryOther, amount, currency, kind, status);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                DealSummary result = dealId == null ? deals.create(eventId, draft) : deals.update(dealId, draft);
                Toast.success(getTranslation("deal.saved", result.project(getLocale())));
                saved.accept(result);
                close();
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.setId("deal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private TextField field(String key, String id) {
        TextField f = new TextField(getTranslation(key));
        f.setId(id);
        return f;
    }
}
