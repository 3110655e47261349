package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.kernel.ui.SearchField;
import com.briefingdesk.kernel.ui.WideScreenColumns;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** 我的报送: every article of my unit, where it stands, and a way into each. */
@Route(value = "articles", layout = MainLayout.class)
@RolesAllowed(Role.SUBMITTER_AUTHORITY)
public class MySubmissionsView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    final Grid<Article> grid = new Grid<>();
    final SearchField words = new SearchField();
    final ComboBox<ArticleStatus> status = new ComboBox<>();

    private final ArticleService articles;
    private final AppUser user;
    private final Span empty = new Span();
    private final HorizontalLayout filters = new HorizontalLayout(words, status);
    // the editors' decisions show while the unit looks at its list
    private final KeptCurrent<List<Article>> kept = KeptCurrent.of(this, this::readMine, this::show);

    public MySubmissionsView(ArticleService articles, CurrentUser currentUser, OfficeClock clock) {
        this.articles = articles;
        this.user = currentUser.get();
        setId("my-submissions");
        Button create = new Button(getTranslation("nav.newArticle"), VaadinIcon.PLUS.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-article");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.mySubmissions")), create);
        header.setAlignItems(Alignment.BASELINE);

        grid.setId("my-articles");
        grid.addColumn(Article::title).setHeader(getTranslation("article.title")).setFlexGrow(3);
        grid.addComponentColumn(a -> StatusBadge.of(a.status())).setHeader(getTranslation("article.status"))
                .setAutoWidth(true);
        Grid.Column<Article> writer = grid.addColumn(Article::createdByName)
                .setHeader(getTranslation("article.createdBy")).setAutoWidth(true);
        Grid.Column<Article> submitted = grid.addColumn(a -> clock.minute(a.submittedAt()))
                .setHeader(getTranslation("article.submittedAt")).setAutoWidth(true)
                .setComparator(ListColumns.byTime(Article::submittedAt));
        grid.addColumn(a -> clock.minute(a.updatedAt())).setHeader(getTranslation("article.updatedAt"))
                .setAutoWidth(true).setComparator(ListColumns.byTime(Article::updatedAt));
        grid.setEmptyStateText(getTranslation("mySubmissions.noneMatch"));
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate(ArticleDetailView.class, ArticleDetailView.parameters(e.getItem().id()))));
        ListColumns.titlesTakeTheRoom(grid);
        WideScreenColumns.of(this, List.of(writer, submitted)); // on a phone: the title, where it stands, when
        // a unit's list grows by hundreds a year: the grid scrolls within the page instead of drawing every row
        setSizeFull();
        grid.setWidthFull();

        words.setLabel(getTranslation("mySubmissions.words"));
        words.setId("my-articles-words");
        status.setLabel(getTranslation("article.status"));
        status.setId("my-articles-status");
        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        status.setClearButtonVisible(true);
        words.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        status.addValueChangeListener(e -> grid.getListDataView().refreshAll());

        empty.setText(getTranslation("mySubmissions.empty"));
        add(header, empty, filters, grid);
        expand(grid);
    }

    @Override
    public void load() {
        kept.load();
    }

    private List<Article> readMine() {
        return articles.ofMyUnit(user);
    }

    private void show(List<Article> mine) {
        grid.setItems(mine).setFilter(a -> a.titleContains(words.getValue())
                && (status.getValue() == null || status.getValue() == a.status()));
        filters.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
        grid.setVisible(!mine.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mySubmissions");
    }
}
