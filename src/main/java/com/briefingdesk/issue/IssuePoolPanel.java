package com.briefingdesk.issue;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.InputTexts;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.SearchField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pool of accepted articles (稿件池) beside an issue in composition: narrowed by words of the title, unit,
 * suggested column and acceptance date; each row's button puts its article in the issue.
 */
class IssuePoolPanel extends VerticalLayout {

    private final ArticlePool pool;
    private final OfficeClock clock;
    final Grid<Article> grid = new Grid<>();
    final SearchField words = new SearchField();
    final ComboBox<Unit> unit = new ComboBox<>();
    final ComboBox<String> column = new ComboBox<>();
    final DatePicker acceptedFrom = new DatePicker();
    final DatePicker acceptedTo = new DatePicker();

    IssuePoolPanel(ArticlePool pool, UserDirectory directory, OfficeClock clock, Consumer<Article> include) {
        this.pool = pool;
        this.clock = clock;
        words.setLabel(getTranslation("issue.pool.words"));
        words.setId("pool-words");
        unit.setLabel(getTranslation("issue.pool.unit"));
        unit.setItems(directory.findUnits().stream().filter(u -> u.kind() == Unit.Kind.MEMBER).toList());
        unit.setItemLabelGenerator(Unit::name);
        unit.setClearButtonVisible(true);
        column.setLabel(getTranslation("issue.pool.column"));
        column.setClearButtonVisible(true);
        InputTexts.localize(acceptedFrom);
        acceptedFrom.setLabel(getTranslation("issue.pool.acceptedFrom"));
        InputTexts.localize(acceptedTo);
        acceptedTo.setLabel(getTranslation("issue.pool.acceptedTo"));
        words.addValueChangeListener(e -> refresh());
        unit.addValueChangeListener(e -> refresh());
        column.addValueChangeListener(e -> refresh());
        acceptedFrom.addValueChangeListener(e -> refresh());
        acceptedTo.addValueChangeListener(e -> refresh());

        grid.setId("pool");
        grid.addColumn(Article::title).setHeader(getTranslation("article.title")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(Article::unitName).setHeader(getTranslation("article.unit")).setAutoWidth(true);
        grid.addColumn(Article::suggestedColumn).setHeader(getTranslation("article.column")).setAutoWidth(true);
        grid.addColumn(a -> clock.minute(a.acceptedAt())).setHeader(getTranslation("issue.pool.acceptedAt"))
                .setWidth("7.5em").setFlexGrow(0);
        grid.addComponentColumn(a -> {
            Button add = new Button(getTranslation("issue.pool.add"), VaadinIcon.PLUS.create(),
                    e -> include.accept(a));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("include-" + a.id());
            return add;
        }).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(grid);
        grid.setEmptyStateText(getTranslation("issue.pool.empty"));

        HorizontalLayout filters = new HorizontalLayout(words, unit, column, acceptedFrom, acceptedTo);
        filters.setWrap(true);
        setPadding(false);
        add(new H3(getTranslation("issue.pool")), filters, grid);
    }

    /** The columns of the issue's series, to narrow the pool by. */
    void columns(List<String> columns) {
        column.setItems(columns);
    }

    /** Reads the pool again as narrowed: after the issue took or gave back an article, or a filter changed. */
    void refresh() {
        List<Article> available = pool.available(new ArticlePool.Filter(words.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), column.getValue(),
                acceptedFrom.getValue() == null ? null : clock.startOf(acceptedFrom.getValue()),
                acceptedTo.getValue() == null ? null : clock.endOf(acceptedTo.getValue())));
        grid.setItems(available);
        ListHeight.fit(grid, available.size()); // a national pool keeps the issue's settings in reach
    }
}
