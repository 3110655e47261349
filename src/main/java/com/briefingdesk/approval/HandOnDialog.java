package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.Map;

/**
 * 转办 or 委派 of one task to a colleague of the same role, with a note; a refusal is shown at its field and the
 * dialog keeps what was typed. Done, the task is no longer the person's to act on: back to the inbox.
 */
class HandOnDialog extends Dialog {

    enum Kind { TRANSFER, DELEGATE }

    private final HolderActions actions;
    private final AppUser user;
    private final String taskId;
    private final Kind kind;
    final ComboBox<AppUser> colleague = new ComboBox<>();
    final TextArea note = new TextArea();
    final Button confirm = new Button();
    private final FieldProblems problems;

    HandOnDialog(HolderActions actions, AppUser user, String taskId, Kind kind) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        this.actions = actions;
        this.user = user;
        this.taskId = taskId;
        this.kind = kind;
        String prefix = "approval." + kind.name().toLowerCase() + ".";
        setId(kind.name().toLowerCase() + "-dialog");
        setHeaderTitle(getTranslation(prefix + "title"));
        colleague.setLabel(getTranslation(prefix + "colleague"));
        colleague.setItems(actions.colleagues(user, taskId));
        colleague.setItemLabelGenerator(u -> u.displayName() + " · " + u.unitName());
        colleague.setWidth("24em");
        colleague.setId("hand-on-colleague");
        note.setLabel(getTranslation(prefix + "note"));
        note.setMaxLength(HolderActions.MAX_NOTE);
        note.setWidthFull();
        note.setId("hand-on-note");
        confirm.setText(getTranslation(prefix + "confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("hand-on-confirm");
        confirm.addClickListener(e -> confirm());
        VerticalLayout body = new VerticalLayout(colleague, note);
        body.setPadding(false);
        UnsavedWork.guardThePage(body, () -> isOpened() && !note.getValue().isBlank());
        add(body);
        Button cancel = new Button(getTranslation("approval.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, confirm);
        problems = new FieldProblems(this, Map.of("colleague", colleague, "note", note), note);
    }

    void confirm() {
        String username = colleague.getValue() == null ? null : colleague.getValue().username();
        try {
            boolean done = problems.attempt(() -> {
                if (kind == Kind.TRANSFER) {
                    actions.transfer(user, taskId, username, note.getValue(), Instant.now());
                } else {
                    actions.delegate(user, taskId, username, note.getValue(), Instant.now());
                }
            });
            if (!done) {
                return;
            }
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
            close();
            return;
        }
        Notices.success(getTranslation("approval." + kind.name().toLowerCase() + ".done",
                colleague.getValue().displayName()));
        close();
        UI.getCurrent().navigate(InboxView.class);
    }
}
