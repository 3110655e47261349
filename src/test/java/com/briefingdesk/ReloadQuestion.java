package com.briefingdesk;

import com.briefingdesk.kernel.ui.UnsavedWork;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;

/**
 * The browser's side of {@link UnsavedWork} without a browser: the events that reach the server from a guarded form
 * or dialog, and what the server then tells the browser about whether a reload should ask.
 */
public final class ReloadQuestion {

    private ReloadQuestion() {
    }

    /** What the server told the browser, since the last round trip, about whether a reload should ask. */
    public static List<Boolean> toldTheBrowser(Component area) {
        UIInternals internals = UI.getCurrent().getInternals();
        internals.getStateTree().runExecutionsBeforeClientResponse();
        return internals.dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getOwner().equals(area.getElement().getNode()))
                .filter(js -> js.getInvocation().getExpression().contains("__unsavedWork = $0"))
                .map(js -> (Boolean) js.getInvocation().getParameters().get(0)).toList();
    }

    /**
     * Whether a reload would ask about what the dialog holds: its guarded part's fields changed, as the browser
     * tells the server, and the server's answer.
     */
    public static boolean dialogWouldAsk(Dialog dialog) {
        Component area = dialog.getChildren().filter(c -> c.getElement().hasAttribute(UnsavedWork.GUARD_ATTRIBUTE)).findFirst()
                .orElseThrow(() -> new AssertionError("no part of the dialog is guarded against a reload"));
        browserEvent(area, "change");
        List<Boolean> told = toldTheBrowser(area);
        return !told.isEmpty() && told.get(told.size() - 1);
    }

    /** A field's change, or a press of a button in the area, as the browser's event reaches the area. */
    public static void browserEvent(Component area, String type) {
        JsonObject data = Json.createObject();
        data.put(UnsavedWork.BUTTON_PRESSED, type.equals("click"));
        ElementUtilsKt._fireDomEvent(area.getElement(), new DomEvent(area.getElement(), type, data));
    }
}
