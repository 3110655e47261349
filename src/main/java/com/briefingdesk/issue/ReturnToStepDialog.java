package com.briefingdesk.issue;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * 退回至…: the steps the issue has passed, each with who did it, and the reason, which the receiver will read.
 * Nothing typed is lost when the return is refused.
 */
class ReturnToStepDialog extends Dialog {

    final RadioButtonGroup<IssueFlow.ReturnTarget> target = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReturnToStepDialog(IssueFlow flow, AppUser user, String taskId, String formKey, String opinionSoFar,
                       Runnable whenReturned) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        setId("return-dialog");
        setHeaderTitle(getTranslation("flow.return.title"));
        target.setId("return-target");
        target.setLabel(getTranslation("flow.return.target"));
        target.setItems(flow.returnTargets(user, taskId, formKey));
        target.setItemLabelGenerator(t -> getTranslation("flow.return.targetItem",
                getTranslation(t.step().messageKey()), Punctuation.enumeration(this, t.actorNames())));
        target.addValueChangeListener(e -> target.setInvalid(false));
        reason.setId("return-reason");
        reason.setLabel(getTranslation("flow.return.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setValue(opinionSoFar == null ? "" : opinionSoFar);
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        confirm.setText(getTranslation("flow.return.confirm"));
        confirm.setId("return-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        FieldProblems problems = new FieldProblems(this, Map.of("target", target, "reason", reason), reason);
        confirm.addClickListener(e -> {
            try {
                problems.attempt(() -> {
                    flow.returnTo(user, taskId, formKey,
                            target.getValue() == null ? null : target.getValue().step(), reason.getValue());
                    close();
                    Notices.success(getTranslation("flow.return.done",
                            getTranslation(target.getValue().step().messageKey())));
                    whenReturned.run();
                });
            } catch (TaskNotAvailableException gone) {
                close();
                Notices.error(getTranslation("task.notAvailable"));
            }
        });
        VerticalLayout body = new VerticalLayout(target, reason);
        UnsavedWork.guardThePage(body, () -> isOpened() && !reason.getValue().isBlank());
        add(body);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
        setWidth("36em");
    }
}
