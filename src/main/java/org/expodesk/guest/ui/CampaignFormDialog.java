package org.expodesk.guest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.function.LongConsumer;
import org.expodesk.guest.CampaignDraft;
import org.expodesk.guest.CampaignService;
import org.expodesk.shared.domain.BusinessRuleException;
import org.expodesk.shared.ui.Toast;
import org.expodesk.unit.UnitSummary;
import org.jspecify.annotations.Nullable;

/** Creates or edits a campaign: names, target, inviting unit, RSVP deadline (event's time zone) and the programme summary. */
class CampaignFormDialog extends Dialog {

    CampaignFormDialog(CampaignService campaigns, long eventId, @Nullable Long campaignId, List<UnitSummary> units, LongConsumer saved) {
        setHeaderTitle(getTranslation(campaignId == null ? "guest.campaign.new" : "guest.campaign.edit"));
        setWidth("min(44rem, 96vw)");
        BeanValidationBinder<CampaignDraft> binder = new BeanValidationBinder<>(CampaignDraft.class);
        TextField nameZh = new TextField(getTranslation("guest.campaign.name-zh"));
        nameZh.setId("campaign-name-zh");
        binder.forField(nameZh).bind("nameZh");
        TextField nameEn = new TextField(getTranslation("guest.campaign.name-en"));
        binder.forField(nameEn).bind("nameEn");
        IntegerField target = new IntegerField(getTranslation("guest.campaign.target"));
        target.setId("campaign-target");
        binder.forField(target).withNullRepresentation(0).bind("targetCount");
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("guest.field.inviting-unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(u -> u.name(getLocale()));
        unit.setClearButtonVisible(true);
        binder.forField(unit).bind(d -> units.stream().filter(u -> d.getInvitingUnitId() != null && u.id() == d.getInvitingUnitId())
                .findFirst().orElse(null), (d, u) -> d.setInvitingUnitId(u == null ? null : u.id()));
        DateTimePicker deadline = new DateTimePicker(getTranslation("guest.campaign.deadline"));
        deadline.setHelperText(getTranslation("guest.campaign.deadline.hint"));
        binder.forField(deadline).bind("deadline");
        TextArea programmeZh = new TextArea(getTranslation("guest.campaign.programme-zh"));
        binder.forField(programmeZh).bind("programmeZh");
        TextArea programmeEn = new TextArea(getTranslation("guest.campaign.programme-en"));
        binder.forField(programmeEn).bind("programmeEn");
        FormLayout form = new FormLayout(nameZh, nameEn, target, unit, deadline, programmeZh, programmeEn);
        form.setColspan(programmeZh, 2);
        form.setColspan(programmeEn, 2);
        add(form);
        CampaignDraft draft = campaignId == null ? new CampaignDraft() : campaigns.draftOf(campaignId);
        binder.readBean(draft);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            try {
                long id = campaignId == null ? campaigns.create(eventId, draft).id() : campaigns.update(campaignId, draft).id();
                close();
                saved.accept(id);
            } catch (BusinessRuleException ex) {
                Toast.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("campaign-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
