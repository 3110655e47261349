package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** The answer of a person asked for an opinion (委派): the opinion goes back with the task to its owner. */
class AnswerDialog extends Dialog {

    private final HolderActions actions;
    private final AppUser user;
    private final String taskId;
    final OpinionField opinion;
    final Button confirm = new Button();

    AnswerDialog(HolderActions actions, AppUser user, String taskId, OpinionField opinion) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        this.actions = actions;
        this.user = user;
        this.taskId = taskId;
        this.opinion = opinion;
        setId("answer-dialog");
        setHeaderTitle(getTranslation("approval.answer.title"));
        opinion.setLabel(getTranslation("approval.opinion"));
        opinion.setMaxLength(HolderActions.MAX_NOTE);
        opinion.setWidth("32em");
        opinion.setId("answer-opinion");
        confirm.setText(getTranslation("approval.answer.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("answer-confirm");
        confirm.addClickListener(e -> confirm());
        UnsavedWork.guardThePage(opinion,
                () -> isOpened() && opinion.getValue() != null && !opinion.getValue().isBlank());
        add(opinion);
        Button cancel = new Button(getTranslation("approval.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
    }

    void confirm() {
        opinion.setInvalid(false);
        try {
            actions.answer(user, taskId, opinion.getValue());
        } catch (ValidationException e) {
            opinion.setErrorMessage(getTranslation(e.fieldMessageKeys().values().iterator().next()));
            opinion.setInvalid(true);
            return;
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
            close();
            return;
        }
        Notices.success(getTranslation("approval.answer.done"));
        close();
        UI.getCurrent().navigate(InboxView.class);
    }
}
