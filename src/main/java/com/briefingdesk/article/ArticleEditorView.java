package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A unit's submitter writes an article, saves it as a draft and submits it to the provincial office. */
@Route(value = "articles/new", layout = MainLayout.class)
@RouteAlias(value = "articles/:articleId([0-9]+)/edit", layout = MainLayout.class)
@RolesAllowed(Role.SUBMITTER_AUTHORITY)
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    private final ArticleService articles;
    private final AppUser user;
    final ArticleFields fields = new ArticleFields();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    private final HorizontalLayout imagesSlot = new HorizontalLayout();
    private final List<ArticleRequests> requests;
    private final VerticalLayout requestSlot = new VerticalLayout();
    private Runnable linkToRequest = () -> { };
    private Article article;

    public ArticleEditorView(ArticleService articles, CurrentUser currentUser, List<ArticleRequests> requests) {
        UnsavedWork.guardThePage(this);
        this.articles = articles;
        this.user = currentUser.get();
        this.requests = requests;
        requestSlot.setPadding(false);
        setId("article-editor");
        saveDraft.setText(getTranslation("article.saveDraft"));
        saveDraft.setId("save-draft");
        saveDraft.addClickListener(e -> save(false));
        submit.setText(getTranslation("article.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save(true));
        imagesSlot.setWidthFull();
        add(new H2(getTranslation("article.editor.title")), requestSlot, fields, imagesSlot,
                new HorizontalLayout(saveDraft, submit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("articleId").ifPresentOrElse(id -> {
            Article found = articles.find(user, id);
            if (!articles.mayEditDraft(user, found)) {
                throw new NotFoundException("draft " + id);
            }
            article = found;
            fields.show(found.content());
        }, () -> {
            article = null;
            fields.show(new ArticleContent());
        });
        showRequest(event);
        showImages();
    }

    /** A new draft asked for by a request (say a commission, ?commission=7) is linked to it when first saved. */
    private void showRequest(BeforeEnterEvent event) {
        requestSlot.removeAll();
        linkToRequest = () -> { };
        if (article != null) {
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        for (ArticleRequests request : requests) {
            parameters.getOrDefault(request.parameter(), List.of()).stream().filter(v -> v.matches("[0-9]{1,18}"))
                    .map(Long::parseLong).findFirst().ifPresent(id -> request.banner(user, id).ifPresent(banner -> {
                        requestSlot.add(banner);
                        linkToRequest = () -> request.link(user, article.id(), id);
                    }));
        }
    }

    private void showImages() {
        imagesSlot.removeAll();
        if (article == null) {
            Span hint = new Span(getTranslation("article.images.afterSave"));
            hint.addClassName("hint");
            imagesSlot.add(hint);
        } else {
            imagesSlot.add(new ArticleImages(articles, user, article.id(), true));
        }
    }

    void save(boolean andSubmit) {
        ArticleContent content = fields.current();
        if (!fields.showProblems(content.problems())) {
            return;
        }
        try {
            if (article == null) {
                article = articles.createDraft(user, content);
                linkToRequest.run();
                linkToRequest = () -> { };
            } else {
                article = articles.saveDraft(user, article.id(), article.version(), content);
            }
            fields.saved(content);
            if (andSubmit) {
                article = articles.submit(user, article.id());
                Notices.success(getTranslation("article.submitted"));
                getUI().ifPresent(ui -> ui.navigate(ArticleDetailView.class,
                        ArticleDetailView.parameters(article.id())));
                return;
            }
            Notices.success(getTranslation("article.draftSaved"));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "articles/" + article.id() + "/edit"));
            showImages();
        } catch (ValidationException e) {
            fields.showProblems(e.fieldMessageKeys());
        } catch (ArticleChangedException e) {
            Notices.error(getTranslation("article.changedMeanwhile"));
        }
    }

    @Override
    public boolean hasUnsavedWork() {
        return fields.changed();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("article.editor.title");
    }

}
