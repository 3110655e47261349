package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/**
 * "Then open the next one", for someone working through a pile of tasks at one step (an editor's 稿件初审 on a busy
 * day, a unit leader's 单位审核): a checkbox whose choice holds for the session, and the way on after a decision to
 * the next task at the same step, taken for the person, or to the inbox when none is left.
 */
public final class NextInPile {

    private final TaskInbox inbox;
    private final AppUser user;
    private final String sessionKey;
    private final String noneLeftKey;
    private final Checkbox choice = new Checkbox();

    /**
     * @param form        the form's key, under which the choice is kept for the session
     * @param labelKey    the checkbox's label
     * @param noneLeftKey what is said when the person asked to go on and nothing is left
     */
    public NextInPile(TaskInbox inbox, AppUser user, String form, String labelKey, String noneLeftKey) {
        this.inbox = inbox;
        this.user = user;
        this.sessionKey = NextInPile.class.getName() + "." + form;
        this.noneLeftKey = noneLeftKey;
        choice.setLabel(choice.getTranslation(labelKey));
        choice.setId("next-after");
        // set once for the session by someone working through the pile
        choice.setValue(Boolean.TRUE.equals(VaadinSession.getCurrent().getAttribute(sessionKey)));
        choice.addValueChangeListener(e -> VaadinSession.getCurrent().setAttribute(sessionKey, e.getValue()));
    }

    public Checkbox choice() {
        return choice;
    }

    /** Call before deciding: the step is read while the task still exists, and only if the person goes on. */
    public Optional<String> stepOf(String taskId) {
        return choice.getValue() ? inbox.stepOf(taskId) : Optional.empty();
    }

    /** After the decision: the next task at the step, taken for the person, else the inbox. */
    public void goOn(Component from, Optional<String> step) {
        Optional<OpenTask> next = step.flatMap(s -> inbox.takeNext(user, s));
        if (choice.getValue() && next.isEmpty()) {
            Notices.success(choice.getTranslation(noneLeftKey));
        }
        from.getUI().ifPresent(ui -> next.ifPresentOrElse(task -> ui.navigate(task.formLocation()),
                () -> ui.navigate(InboxView.class)));
    }
}
