package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * How a list shares its width: the columns sized to their content (a unit, a time, a button) keep that width, and
 * the flexible ones, the titles and subjects the list is read by, take all the rest and wrap where they must, so a
 * title shows whole instead of ending in "…" beside half-empty columns.
 */
public final class ListColumns {

    private ListColumns() {
    }

    /** Call once every column is added; a grid whose columns are all sized to their content is left as it is. */
    public static void titlesTakeTheRoom(Grid<?> grid) {
        if (grid.getColumns().stream().allMatch(Grid.Column::isAutoWidth)) {
            return;
        }
        grid.getColumns().stream().filter(Grid.Column::isAutoWidth).forEach(column -> column.setFlexGrow(0));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
