package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * How tall a list is: a short one shows whole, a long one scrolls inside a height of its own, so the page around it
 * stays in reach and only the rows in view are drawn (a national directory holds thousands of people).
 */
public final class ListHeight {

    /** The most rows a list shows whole. */
    public static final int SHORT_LIST = 15;

    private ListHeight() {
    }

    public static void fit(Grid<?> grid, long rows) {
        grid.setAllRowsVisible(rows <= SHORT_LIST);
        grid.setHeight(rows <= SHORT_LIST ? null : "40em");
    }
}
