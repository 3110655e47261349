package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Columns a list shows only where there is room for them. On a phone (a clerk acknowledging an issue on the way) a
 * list keeps what it is read and acted on by, so its buttons are on the screen rather than beyond a sideways scroll;
 * turning the phone or widening the window brings the other columns back.
 */
public final class WideScreenColumns {

    /** The widest window, in CSS pixels, taken for a phone; the same as the theme's (styles.css). */
    static final int PHONE = 700;

    private final List<? extends Grid.Column<?>> columns;

    WideScreenColumns(List<? extends Grid.Column<?>> columns) {
        this.columns = columns;
    }

    /** While the view is shown, the columns are hidden whenever the window is a phone's width. */
    public static void of(Component view, List<? extends Grid.Column<?>> columns) {
        WideScreenColumns wide = new WideScreenColumns(columns);
        view.addAttachListener(attach -> {
            // asked afresh each time: the width the UI learnt at start is stale once the window has changed
            attach.getUI().getPage().executeJs("return window.innerWidth").then(Integer.class, wide::fit);
            Registration resizing = attach.getUI().getPage().addBrowserWindowResizeListener(e -> wide.fit(e.getWidth()));
            view.addDetachListener(detach -> {
                resizing.remove();
                detach.unregisterListener();
            });
        });
    }

    void fit(int windowWidth) {
        columns.forEach(column -> column.setVisible(windowWidth > PHONE));
    }
}
