package com.briefingdesk.approval;

import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.TaskNotAvailableException;
import com.briefingdesk.task.WaitingStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * 催办 of one step's holder with a note, which the mail carries and the record keeps. Who may remind is the page's
 * feature's to say (its {@code sending}); the dialog keeps what was typed while a refusal is shown at the note.
 */
public class ReminderDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button send = new Button();
    private final Consumer<String> sending;
    private final Runnable afterwards;

    /**
     * @param holder     who is reminded, as the page names them (王敏（编辑）, 签发人（待认领）)
     * @param sending    sends the reminder; may refuse with a {@link ValidationException} or find the step gone
     * @param afterwards what the page does once the reminder is sent or the step found gone (show it again)
     */
    ReminderDialog(String holder, Consumer<String> sending, Runnable afterwards) {
        this.sending = sending;
        this.afterwards = afterwards;
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        setId("reminder-dialog");
        setHeaderTitle(getTranslation("approval.remind.title"));
        note.setLabel(getTranslation("approval.remind.note"));
        note.setValue(getTranslation("approval.remind.default"));
        note.setMaxLength(StepReminder.NOTE_MAX);
        note.setWidth("32em");
        note.setId("reminder-note");
        send.setText(getTranslation("approval.remind.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("reminder-send");
        send.addClickListener(e -> send());
        String suggested = note.getValue();
        UnsavedWork.guardThePage(note, () -> isOpened() && !suggested.equals(note.getValue()));
        add(new Paragraph(getTranslation("approval.remind.to", holder)), note);
        Button cancel = new Button(getTranslation("approval.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, send);
    }

    /**
     * The 催办 button of a page's 当前环节 line: it opens the dialog for the step's holder.
     *
     * @param sending    sends the reminder with the note typed (the page's feature decides who may)
     * @param afterwards what the page does once the reminder is sent or the step found gone (show it again)
     */
    public static Button opener(Component page, WaitingStep step, Consumer<String> sending, Runnable afterwards) {
        Button remind = new Button(page.getTranslation("approval.remind.button"), VaadinIcon.BELL_O.create(),
                e -> new ReminderDialog(step.holder(page), sending, afterwards).open());
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remind.setId("remind-" + step.taskId());
        return remind;
    }

    void send() {
        note.setInvalid(false);
        try {
            sending.accept(note.getValue());
        } catch (ValidationException e) {
            note.setErrorMessage(getTranslation(e.fieldMessageKeys().values().iterator().next()));
            note.setInvalid(true);
            return;
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("approval.remind.gone"));
            close();
            afterwards.run();
            return;
        }
        Notices.success(getTranslation("approval.remind.done"));
        close();
        afterwards.run();
    }
}
