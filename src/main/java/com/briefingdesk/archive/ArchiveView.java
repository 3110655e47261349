package com.briefingdesk.archive;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.issue.BriefingSeries;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueArticle;
import com.briefingdesk.issue.IssueDesignation;
import com.briefingdesk.issue.SeriesService;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.WideScreenColumns;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 简报归档: every published issue, the latest first, searched by series, year and number, article title, submitting
 * unit and words of the text; a row opens the issue as published.
 */
@Route(value = "archive", layout = MainLayout.class)
@RolesAllowed({"EDITOR", "REVIEWER", "SIGNATORY", "ADMIN", "RECIPIENT"})
public class ArchiveView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    /** A published issue has its year and number; an issue without them sorts first. */
    private static final Comparator<Integer> NUMBERS = Comparator.nullsFirst(Comparator.naturalOrder());

    /** The reading view of a published issue (the circulation feature's). */
    static final String READING_ROUTE = "published/";

    private final IssueArchive archive;
    private final AppUser user;
    final ComboBox<BriefingSeries> series = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final IntegerField number = new IntegerField();
    final TextField title = new TextField();
    final ComboBox<Unit> unit = new ComboBox<>();
    final TextField words = new TextField();
    final Button search = new Button();
    final Span count = new Span();
    final Grid<Issue> grid = new Grid<>();
    private final FieldProblems problems;
    private final OfficeClock clock;

    public ArchiveView(IssueArchive archive, SeriesService seriesService, UserDirectory directory,
                       CurrentUser currentUser, OfficeClock clock) {
        this.archive = archive;
        this.user = currentUser.get();
        this.clock = clock;
        setId("archive");
        series.setLabel(getTranslation("issue.series"));
        series.setItems(seriesService.all());
        series.setItemLabelGenerator(BriefingSeries::title);
        series.setClearButtonVisible(true);
        year.setLabel(getTranslation("archive.year"));
        year.setId("archive-year");
        number.setLabel(getTranslation("archive.number"));
        number.setId("archive-number");
        title.setLabel(getTranslation("archive.title"));
        title.setId("archive-title");
        title.setClearButtonVisible(true);
        unit.setLabel(getTranslation("archive.unit"));
        unit.setItems(directory.findUnits().stream().filter(u -> u.kind() == Unit.Kind.MEMBER).toList());
        unit.setItemLabelGenerator(Unit::name);
        unit.setClearButtonVisible(true);
        words.setLabel(getTranslation("archive.words"));
        words.setId("archive-words");
        words.setClearButtonVisible(true);
        search.setText(getTranslation("archive.search"));
        search.setId("archive-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> load());
        count.setId("archive-count");
        problems = new FieldProblems(this, Map.of("year", year, "number", number, "title", title, "words", words),
                year);

        // the latest first, as found; each column sorts, the series by pinyin and the number within its year
        Grid.Column<Issue> seriesColumn = grid.addColumn(i -> i.series().title())
                .setHeader(getTranslation("issue.series")).setAutoWidth(true)
                .setComparator(Comparator.comparing(i -> i.series().title(),
                        Collator.getInstance(Locale.SIMPLIFIED_CHINESE))).setKey("series");
        grid.addColumn(i -> IssueDesignation.of(this, i)).setHeader(getTranslation("issue.number"))
                .setAutoWidth(true).setComparator(Comparator.comparing(Issue::year, NUMBERS)
                        .thenComparing(Issue::supplement).thenComparing(Issue::numberInYear, NUMBERS))
                .setKey("number");
        Grid.Column<Issue> serial = grid.addColumn(Issue::serialLabel).setHeader(getTranslation("issue.serial"))
                .setAutoWidth(true);
        grid.addColumn(i -> Punctuation.titles(this, i.articles().stream().map(IssueArticle::title).toList()))
                .setHeader(getTranslation("archive.articles")).setFlexGrow(3);
        grid.addColumn(i -> clock.minute(i.publishedAt())).setHeader(getTranslation("archive.publishedAt"))
                .setAutoWidth(true).setComparator(ListColumns.byTime(Issue::publishedAt)).setKey("published");
        grid.addItemClickListener(e -> open(e.getItem()));
        ListColumns.titlesTakeTheRoom(grid);
        WideScreenColumns.of(this, List.of(seriesColumn, serial)); // on a phone: the number, its articles, the date

        FormLayout filters = new FormLayout(series, year, number, title, unit, words);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(new H2(getTranslation("nav.archive")), filters, search, count, grid);
    }

    /** Searches with the criteria as they stand: 查询, and every arrival. */
    @Override
    public void load() {
        ArchiveQuery query = new ArchiveQuery(series.getValue() == null ? null : series.getValue().id(),
                year.getValue(), number.getValue(), title.getValue(), unit.getValue() == null ? null
                : unit.getValue().id(), words.getValue());
        problems.attempt(() -> {
            ArchiveHits found = archive.search(user, query);
            grid.setItems(found.issues());
            ListHeight.fit(grid, found.issues().size());
            count.setText(getTranslation(found.more() ? "archive.count.more" : "archive.count",
                    String.valueOf(found.issues().size())));
        });
    }

    void open(Issue issue) {
        getUI().ifPresent(ui -> ui.navigate(READING_ROUTE + issue.id()));
    }

    List<Issue> results() {
        return grid.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.archive");
    }
}
