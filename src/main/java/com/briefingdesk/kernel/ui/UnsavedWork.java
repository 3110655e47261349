package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import java.util.function.BooleanSupplier;

/**
 * Asks before a person leaves a form whose typing is neither saved nor submitted: they stay with it, or leave and
 * lose it. A form just saved or submitted leaves without asking.
 *
 * <p>Leaving inside the application (a menu item, a link, the back button, the language switch, logout) asks with
 * our own dialog, since the server knows what the form holds. Leaving the page itself (a reload, a closed tab) can
 * only be asked about by the browser, in its own words, and it must know at once whether to ask: so the form's
 * element carries a flag that typing sets in the browser and the server corrects whenever a field's change or a
 * button in the form reaches it.
 */
public final class UnsavedWork {

    /** A form that can tell whether it holds typing that leaving would lose; leaving it asks first then. */
    public interface Holder extends BeforeLeaveObserver {
        boolean hasUnsavedWork();

        @Override
        default void beforeLeave(BeforeLeaveEvent event) {
            askBeforeLeaving(event, hasUnsavedWork());
        }
    }

    /** The attribute of a guarded form or part of the page: the page's question looks for it. */
    public static final String GUARD_ATTRIBUTE = "unsaved-work-guard";

    /**
     * Typing marks the form at once; the page's one listener asks the browser to confirm an unload while a form on
     * it is marked.
     */
    private static final String GUARD = """
            this.__unsavedWork = $0;
            if (!this.__unsavedWorkMark) {
              this.__unsavedWorkMark = () => { this.__unsavedWork = true; };
              ['input', 'change', 'paste'].forEach(type => this.addEventListener(type, this.__unsavedWorkMark));
            }
            if (!window.__unsavedWorkQuestion) {
              window.__unsavedWorkQuestion = event => {
                const forms = Array.from(document.querySelectorAll('[' + $1 + ']'));
                if (!window.__leavingOnPurpose && forms.some(form => form.__unsavedWork)) {
                  event.preventDefault();
                  event.returnValue = '';
                }
              };
              window.addEventListener('beforeunload', window.__unsavedWorkQuestion);
            }""";

    private static final String STATE = "this.__unsavedWork = $0";

    /** Which clicks in the form reach the server: a button's (one may have saved), not every click on a field. */
    public static final String BUTTON_PRESSED = "event.target.closest && event.target.closest('vaadin-button') != null";

    private UnsavedWork() {
    }

    /** Call once from the form's constructor: a reload or a closed tab then asks while the form holds typing. */
    public static <F extends Component & Holder> void guardThePage(F form) {
        guardThePage(form, form::hasUnsavedWork);
    }

    /**
     * The same for a part of the page that is not a form of its own, such as a dialog's fields: a reload asks while
     * the part is shown and {@code unsaved} says it holds typing.
     */
    public static void guardThePage(Component area, BooleanSupplier unsaved) {
        area.getElement().setAttribute(GUARD_ATTRIBUTE, true);
        area.addAttachListener(e -> area.getElement().executeJs(GUARD, unsaved.getAsBoolean(), GUARD_ATTRIBUTE));
        // a change reaches the server with its value; a button may have saved: either way the server knows best
        area.getElement().addEventListener("change", e -> tellTheBrowser(area, unsaved));
        area.getElement().addEventListener("click", e -> tellTheBrowser(area, unsaved))
                .setFilter(BUTTON_PRESSED);
    }

    /** Brings the browser's flag in line with the area, once the request's own changes and saves are done. */
    private static void tellTheBrowser(Component area, BooleanSupplier unsaved) {
        area.getUI().ifPresent(ui -> ui.beforeClientResponse(area,
                context -> area.getElement().executeJs(STATE, unsaved.getAsBoolean())));
    }

    private static void askBeforeLeaving(BeforeLeaveEvent event, boolean unsaved) {
        if (!unsaved) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        question(event.getUI(), leave::proceed);
    }

    /**
     * Leaves the page on purpose (the language switch reloads it, logout replaces it), asking first with our own
     * question if the form shown holds unsaved typing; the browser's own question is then not put as well.
     */
    public static void askBeforeLeavingThePage(UI ui, Runnable leave) {
        Runnable onPurpose = () -> {
            ui.getPage().executeJs("window.__leavingOnPurpose = true");
            leave.run();
        };
        boolean unsaved = ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(shown -> shown instanceof Holder form && form.hasUnsavedWork());
        if (unsaved) {
            question(ui, onPurpose);
        } else {
            onPurpose.run();
        }
    }

    private static void question(UI ui, Runnable leave) {
        ConfirmDialog dialog = Confirmation.ask("unsaved-work", ui.getTranslation("unsaved.question"),
                ui.getTranslation("unsaved.explain"), ui.getTranslation("unsaved.leave"), leave);
        dialog.setCancelText(ui.getTranslation("unsaved.stay"));
        dialog.setConfirmButtonTheme("error primary");
    }
}
