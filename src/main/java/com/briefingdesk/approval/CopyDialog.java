package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/** 抄送/传阅: send an article or issue to people for reading, with an optional note. Nothing waits for them. */
class CopyDialog extends Dialog {

    private final ReadingCopies copies;
    private final AppUser sender;
    private final ReadingCopies.Subject subject;
    final MultiSelectComboBox<AppUser> recipients = new MultiSelectComboBox<>();
    final TextArea note = new TextArea();
    final Button send = new Button();
    private final FieldProblems problems;

    CopyDialog(ReadingCopies copies, AppUser sender, ReadingCopies.Subject subject) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        this.copies = copies;
        this.sender = sender;
        this.subject = subject;
        setId("copy-dialog");
        setHeaderTitle(getTranslation("approval.copy.title", copies.titleOf(subject)));
        recipients.setLabel(getTranslation("approval.copy.recipients"));
        recipients.setItems(copies.addressees(sender, subject));
        recipients.setItemLabelGenerator(u -> u.displayName() + " · " + u.unitName());
        recipients.setWidth("32em");
        recipients.setId("copy-recipients");
        note.setLabel(getTranslation("approval.copy.note"));
        note.setMaxLength(ReadingCopies.MAX_NOTE);
        note.setWidthFull();
        note.setId("copy-note");
        send.setText(getTranslation("approval.copy.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("copy-send");
        send.addClickListener(e -> send());
        VerticalLayout body = new VerticalLayout(recipients, note);
        body.setPadding(false);
        UnsavedWork.guardThePage(body, () -> isOpened() && !note.getValue().isBlank());
        add(body);
        Button cancel = new Button(getTranslation("approval.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, send);
        problems = new FieldProblems(this, Map.of("recipients", recipients, "note", note), note);
    }

    void send() {
        if (!problems.attempt(() -> copies.send(sender, subject,
                recipients.getValue().stream().map(AppUser::username).toList(), note.getValue()))) {
            return;
        }
        Notices.success(getTranslation("approval.copy.sent", recipients.getValue().size()));
        close();
    }
}
