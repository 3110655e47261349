package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Asks before a person leaves a form whose typing is neither saved nor submitted (a menu item, a link, the browser's
 * back button): they stay with it, or leave and lose it. A form just saved or submitted leaves without asking.
 */
public final class UnsavedWork {

    private UnsavedWork() {
    }

    /** Call from the form's {@code beforeLeave}. */
    public static void askBeforeLeaving(BeforeLeaveEvent event, boolean unsaved) {
        if (!unsaved) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        UI ui = event.getUI();
        ConfirmDialog dialog = Confirmation.ask("unsaved-work", ui.getTranslation("unsaved.question"),
                ui.getTranslation("unsaved.explain"), ui.getTranslation("unsaved.leave"), leave::proceed);
        dialog.setCancelText(ui.getTranslation("unsaved.stay"));
        dialog.setConfirmButtonTheme("error primary");
    }
}
