package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;

/** 加签: a member of a running countersign adds another reviewer, who must give their opinion too. */
class AddSignerDialog extends Dialog {

    final ComboBox<AppUser> candidate = new ComboBox<>();
    final Button confirm = new Button();

    AddSignerDialog(CountersignTasks countersigns, AppUser member, String taskId, Countersign current,
                    Consumer<Countersign> whenAdded) {
        setId("add-signer-dialog");
        setHeaderTitle(getTranslation("flow.addSigner.title"));
        candidate.setId("signer-candidate");
        candidate.setLabel(getTranslation("flow.addSigner.who"));
        candidate.setItems(countersigns.reviewers().stream().filter(r -> !current.isMember(r.id())).toList());
        candidate.setItemLabelGenerator(AppUser::displayName);
        candidate.setWidthFull();
        candidate.addValueChangeListener(e -> candidate.setInvalid(false));
        confirm.setText(getTranslation("flow.addSigner.confirm"));
        confirm.setId("add-signer-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (candidate.getValue() == null) {
                show("flow.addSigner.whoRequired");
                return;
            }
            try {
                Countersign grown = countersigns.addMember(member, taskId, candidate.getValue().id());
                close();
                Notices.success(getTranslation("flow.addSigner.done", candidate.getValue().displayName()));
                whenAdded.accept(grown);
            } catch (ValidationException problem) {
                problem.fieldMessageKeys().values().forEach(this::show);
            } catch (TaskNotAvailableException gone) {
                close();
                Notices.error(getTranslation("task.notAvailable"));
            }
        });
        add(candidate);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("28em");
    }

    private void show(String key) {
        candidate.setErrorMessage(getTranslation(key));
        candidate.setInvalid(true);
    }
}
