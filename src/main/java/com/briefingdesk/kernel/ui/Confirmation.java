package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The question put before an act that reaches many people at once (催办 to every unit still waiting). */
public final class Confirmation {

    private Confirmation() {
    }

    /** Opens the question; {@code act} runs only if the person confirms, and cancelling leaves everything as it was. */
    public static ConfirmDialog ask(String id, String question, String explanation, String confirmText,
                                    Runnable act) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(question);
        dialog.setText(explanation);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("common.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> act.run());
        dialog.open();
        return dialog;
    }
}
