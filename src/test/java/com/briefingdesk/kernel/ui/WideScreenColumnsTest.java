package com.briefingdesk.kernel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.UiTest;
import com.vaadin.flow.component.grid.Grid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columns a list keeps only on a wide screen go at a phone's width, the theme's, and come back above it. */
class WideScreenColumnsTest extends UiTest {

    @Test
    void theSecondaryColumnsGoAtAPhonesWidthAndComeBackWhenTheWindowWidens() {
        Grid<String> grid = new Grid<>();
        Grid.Column<String> task = grid.addColumn(s -> s);
        Grid.Column<String> unit = grid.addColumn(s -> s);
        Grid.Column<String> arrived = grid.addColumn(s -> s);
        WideScreenColumns wide = new WideScreenColumns(List.of(unit, arrived));

        wide.fit(390);
        assertThat(unit.isVisible()).isFalse();
        assertThat(arrived.isVisible()).isFalse();
        assertThat(task.isVisible()).as("what the list is read by stays").isTrue();
        wide.fit(WideScreenColumns.PHONE); // styles.css: @media (max-width: 700px)
        assertThat(unit.isVisible()).isFalse();
        wide.fit(WideScreenColumns.PHONE + 1);
        assertThat(unit.isVisible()).isTrue();
        assertThat(arrived.isVisible()).isTrue();
    }

    @Test
    void theThemesPhoneIsTheSameWidth() throws IOException {
        String styles = Files.readString(Path.of("frontend/themes/briefing-desk/styles.css"));
        assertThat(styles).contains("@media (max-width: " + WideScreenColumns.PHONE + "px)");
    }
}
