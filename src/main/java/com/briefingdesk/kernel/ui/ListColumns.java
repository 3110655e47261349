package com.briefingdesk.kernel.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

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

    /** Sorts a column by a time; the rows without one come first (not yet submitted, not yet acknowledged). */
    public static <T> Comparator<T> byTime(Function<T, Instant> time) {
        return Comparator.comparing(time, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
