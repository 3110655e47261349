package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The kinds of notice the views give: done, could not be done, and something arrived meanwhile. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Others' work that reached the person while they were on another part of the screen. */
    public static void arrived(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
