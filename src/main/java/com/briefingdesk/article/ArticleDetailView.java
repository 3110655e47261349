package com.briefingdesk.article;

import com.briefingdesk.approval.ApprovalActs;
import com.briefingdesk.approval.CopyButton;
import com.briefingdesk.approval.ReadingSubjects;
import com.briefingdesk.approval.ReminderDialog;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.WaitingStep;
import com.briefingdesk.task.WhereItWaits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** One article: where it stands, its text, its timeline and versions; withdraw while the editors have not accepted. */
@Route(value = "articles/:articleId([0-9]+)", layout = MainLayout.class)
@PermitAll
public class ArticleDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final List<ArticlePublications> publications;
    private final AppUser user;
    private final OfficeClock clock;
    private final UnitApprovalTasks unitApproval;
    private final WhereItWaits whereItWaits;
    private final ArticleReminders reminders;
    private Article article;

    public ArticleDetailView(ArticleService articles, List<ArticlePublications> publications,
                             CurrentUser currentUser, OfficeClock clock, UnitApprovalTasks unitApproval,
                             WhereItWaits whereItWaits, ArticleReminders reminders) {
        this.articles = articles;
        this.whereItWaits = whereItWaits;
        this.reminders = reminders;
        this.unitApproval = unitApproval;
        this.publications = publications;
        this.user = currentUser.get();
        this.clock = clock;
        setId("article-detail");
    }

    static RouteParameters parameters(long articleId) {
        return new RouteParameters("articleId", String.valueOf(articleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("articleId").orElseThrow();
        article = articles.find(user, id); // not found for other units' articles
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(article.title());
        title.setId("article-title");
        Span status = StatusBadge.of(article.status());
        status.setId("article-status");
        HorizontalLayout meta = new HorizontalLayout(status,
                new Span(Punctuation.labelled(this, getTranslation("article.unit"), article.unitName())),
                new Span(Punctuation.labelled(this, getTranslation("article.createdBy"),
                        article.createdByName())),
                new Span(Punctuation.labelled(this, getTranslation("article.submittedAt"),
                        clock.minute(article.submittedAt()))));
        meta.addClassName("article-meta");
        meta.setAlignItems(Alignment.BASELINE);
        List<ArticleEvent> timeline = articles.timeline(user, article.id());
        UnitApprovalNote.of(timeline, clock).ifPresent(meta::add);
        add(title, meta);
        if (unitApproval.waitsForNoLeader(article)) {
            Span noLeader = new Span(getTranslation("unitapproval.noOtherLeader"));
            noLeader.setId("no-other-leader");
            noLeader.addClassName("field-error");
            add(noLeader);
        }
        if (article.processInstanceId() != null && !article.status().finished()) {
            add(whereItWaits.lines(this, getLocale(), article.processInstanceId(), this::reminderOf));
        }
        if (article.status() == ArticleStatus.ADOPTED) {
            publications.stream().map(p -> p.publishedIn(article)).flatMap(Optional::stream).findFirst()
                    .ifPresent(published -> {
                        Anchor link = new Anchor(published.location(),
                                getTranslation("article.publishedIn", published.issueTitle()));
                        link.setId("published-in");
                        add(link);
                    });
        }
        if (article.status() == ArticleStatus.SCHEDULED) {
            publications.stream().map(p -> p.scheduledIn(article)).flatMap(Optional::stream).findFirst()
                    .ifPresent(issue -> {
                        Span scheduled = new Span(getTranslation("article.scheduledIn", issue));
                        scheduled.setId("scheduled-in");
                        add(scheduled);
                    });
        }
        add(actions());

        ArticlePreview preview = new ArticlePreview();
        preview.show(article.title(), article.body());
        add(preview, new ArticleImages(articles, user, article.id(), false));
        add(new H3(getTranslation("article.timeline")), new ArticleTimeline(timeline, clock));
        add(new H3(getTranslation("article.versions")),
                new VersionHistory(articles.versions(user, article.id()), clock));
        add(ApprovalActs.ofProcess(article.processInstanceId()));
    }

    /** 催办 of whoever revises; the page shows the reminder among the article's acts afterwards. */
    private Optional<Component> reminderOf(WaitingStep step) {
        return reminders.mayRemind(user, article, step) ? Optional.of(ReminderDialog.opener(this, step,
                note -> reminders.remind(user, article.id(), step.taskId(), note), this::showAgain))
                : Optional.empty();
    }

    private void showAgain() {
        article = articles.find(user, article.id());
        render();
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        if (articles.mayEditDraft(user, article)) {
            Button edit = new Button(getTranslation("article.edit"), e -> getUI().ifPresent(ui ->
                    ui.navigate("articles/" + article.id() + "/edit")));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            edit.setId("edit");
            actions.add(edit);
        }
        if (articles.mayWithdraw(user, article)) {
            Button withdraw = new Button(getTranslation("article.withdraw"), e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setId("withdraw");
            actions.add(withdraw);
        }
        actions.add(CopyButton.forSubject(ReadingSubjects.ARTICLE, article.id()));
        return actions;
    }

    private void confirmWithdraw() {
        TextArea reason = new TextArea(getTranslation("article.withdraw.reason"));
        reason.setWidthFull();
        reason.setId("withdraw-reason");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("article.withdraw.confirm"));
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("article.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> withdraw(reason.getValue()));
        dialog.open();
    }

    void withdraw(String reason) {
        try {
            article = articles.withdraw(user, article.id(), reason);
            Notices.success(getTranslation("article.withdrawn"));
        } catch (ValidationException e) {
            Notices.error(getTranslation("article.withdraw.tooLate"));
            article = articles.find(user, article.id());
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return article == null ? "" : article.title();
    }
}
