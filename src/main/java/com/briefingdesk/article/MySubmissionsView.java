package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
public class MySubmissionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Article> grid = new Grid<>();

    private final OfficeClock clock;

    public MySubmissionsView(ArticleService articles, CurrentUser currentUser, OfficeClock clock) {
        this.clock = clock;
        AppUser user = currentUser.get();
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
        grid.addColumn(Article::createdByName).setHeader(getTranslation("article.createdBy")).setAutoWidth(true);
        grid.addColumn(a -> clock.minute(a.submittedAt())).setHeader(getTranslation("article.submittedAt"))
                .setAutoWidth(true);
        grid.addColumn(a -> clock.minute(a.updatedAt())).setHeader(getTranslation("article.updatedAt"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> e.getSource().getUI().ifPresent(ui ->
                ui.navigate(ArticleDetailView.class, ArticleDetailView.parameters(e.getItem().id()))));
        ListColumns.titlesTakeTheRoom(grid);
        List<Article> mine = articles.ofMyUnit(user);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        Span empty = new Span(getTranslation("mySubmissions.empty"));
        empty.setVisible(mine.isEmpty());
        add(header, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mySubmissions");
    }
}
