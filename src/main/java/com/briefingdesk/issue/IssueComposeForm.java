package com.briefingdesk.issue;

import com.briefingdesk.approval.TaskActionBar;
import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticlePool;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.identity.Unit;
import com.briefingdesk.identity.UserDirectory;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.layout.MainLayout;
import com.briefingdesk.task.InboxView;
import com.briefingdesk.task.TaskGone;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * formKey {@code issue-compose}: the editor chooses accepted articles from the pool, puts them under columns and in
 * order (drag and drop, or the arrow buttons from the keyboard), edits their text, writes the editor's note, print
 * count and 版记, and sees the issue laid out as it will print.
 */
@Route(value = "tasks/" + IssueTasks.COMPOSE_FORM + "/:taskId", layout = MainLayout.class)
@RolesAllowed(Role.EDITOR_AUTHORITY)
public class IssueComposeForm extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        UnsavedWork.Holder {

    private final IssueTasks tasks;
    private final ArticlePool articlePool;
    private final UserDirectory directory;
    private final CountersignTasks countersigns;
    private final IssueFlow flow;
    private final AppUser user;
    private final OfficeClock clock;

    final Grid<IssueArticle> included = new Grid<>();
    final IssuePoolPanel pool;
    final IssueSettingsFields settings = new IssueSettingsFields();
    final Button save = new Button();
    final Button complete = new Button();
    final Button countersignSetup = new Button();
    final Span countersignSummary = new Span();
    final Div problem = new Div();
    final Div unreached = new Div();
    final IssuePreview preview;
    private String taskId;
    private Issue issue;
    private Composition settingsAsSaved; // the settings as shown or last saved
    private IssueArticle dragged;
    private PlacedArticleEditDialog articleEdit; // the last article edit opened, for what leaving would lose

    public IssueComposeForm(IssueTasks tasks, ArticlePool articlePool, UserDirectory directory,
                            CountersignTasks countersigns, IssueFlow flow, CurrentUser currentUser, OfficeClock clock) {
        UnsavedWork.guardThePage(this);
        this.tasks = tasks;
        this.articlePool = articlePool;
        this.directory = directory;
        this.countersigns = countersigns;
        this.flow = flow;
        this.user = currentUser.get();
        this.clock = clock;
        this.preview = new IssuePreview(clock);
        this.pool = new IssuePoolPanel(articlePool, directory, clock, this::include);
        setId("issue-compose");
        configureIncluded();
        configureActions();
    }

    private void configureIncluded() {
        included.setId("included");
        included.addColumn(a -> a.position() + 1).setHeader("#").setWidth("3em").setFlexGrow(0);
        included.addColumn(IssueArticle::title).setHeader(getTranslation("article.title")).setWidth("8em")
                .setFlexGrow(1);
        included.addColumn(IssueArticle::unitName).setHeader(getTranslation("article.unit")).setAutoWidth(true);
        included.addComponentColumn(this::columnChooser).setHeader(getTranslation("issue.column")).setWidth("9em")
                .setFlexGrow(0);
        included.addComponentColumn(this::rowActions).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(included);
        included.setEmptyStateText(getTranslation("issue.included.empty"));
        included.setAllRowsVisible(true);
        included.setRowsDraggable(true);
        included.addDragStartListener(e -> {
            dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0);
            included.setDropMode(GridDropMode.BETWEEN);
        });
        included.addDragEndListener(e -> {
            dragged = null;
            included.setDropMode(null);
        });
        included.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged.articleId() != target.articleId()) {
                List<IssueArticle> order = new ArrayList<>(issue.articles());
                order.remove(dragged);
                int at = order.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                order.add(at, dragged);
                arrange(order);
            }
        }));
    }

    private ComboBox<String> columnChooser(IssueArticle placed) {
        ComboBox<String> column = new ComboBox<>();
        column.setItems(issue.series().columns());
        column.setAllowCustomValue(true);
        column.setValue(placed.columnName());
        column.setId("column-" + placed.articleId());
        column.setAriaLabel(getTranslation("issue.column"));
        column.setWidthFull();
        column.addCustomValueSetListener(e -> column.setValue(e.getDetail()));
        column.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && !e.getValue().isBlank()) {
                List<IssueArticle> order = issue.articles().stream().map(a -> a.articleId() == placed.articleId()
                        ? new IssueArticle(a.articleId(), a.position(), e.getValue(), a.title(), a.unitName(),
                        a.body(), a.status(), a.articleVersion()) : a).toList();
                arrange(order);
            }
        });
        return column;
    }

    private HorizontalLayout rowActions(IssueArticle placed) {
        Button up = iconButton(VaadinIcon.ARROW_UP, "issue.moveUp", "up-" + placed.articleId(), () -> move(placed, -1));
        up.setEnabled(placed.position() > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "issue.moveDown", "down-" + placed.articleId(),
                () -> move(placed, 1));
        down.setEnabled(placed.position() < issue.articles().size() - 1);
        Button edit = iconButton(VaadinIcon.EDIT, "issue.editArticle", "edit-" + placed.articleId(),
                () -> editArticle(placed));
        Button remove = iconButton(VaadinIcon.CLOSE_SMALL, "issue.remove", "exclude-" + placed.articleId(),
                () -> exclude(placed));
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setId(id);
        return button;
    }

    private void configureActions() {
        save.setText(getTranslation("issue.save"));
        save.setId("save");
        save.addClickListener(e -> saveSettings());
        complete.setText(getTranslation("issue.compose.complete"));
        complete.setId("complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> completeComposition());
        problem.addClassName("field-error");
        problem.setId("issue-problem");
        problem.setVisible(false);
        unreached.addClassName("field-error");
        unreached.setId("unreached-units");
        countersignSetup.setText(getTranslation("flow.countersign.open"));
        countersignSetup.setId("countersign-setup");
        countersignSetup.addClickListener(e -> new CountersignSetupDialog(countersigns, user, taskId,
                countersigns.of(issue.id()), this::showCountersign).open());
        countersignSummary.setId("countersign-summary");
    }

    /** How the review will go: one decision of the reviewers group, or the countersign chosen. */
    void showCountersign(Optional<Countersign> countersign) {
        countersignSummary.setText(countersign.map(c -> getTranslation("flow.countersign.summary",
                getTranslation(c.rule().messageKey()), Punctuation.enumeration(this,
                        c.members().stream().map(Countersign.Member::displayName).toList())))
                .orElseGet(() -> getTranslation("flow.countersign.none")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow();
        removeAll();
        try {
            issue = tasks.issueOfTask(user, taskId, IssueTasks.COMPOSE_FORM);
        } catch (TaskNotAvailableException e) {
            add(TaskGone.notice());
            return;
        }
        pool.columns(issue.series().columns());
        settings.show(issue);
        settingsAsSaved = settings.composition();

        VerticalLayout work = new VerticalLayout(new H3(getTranslation("issue.included")), included, problem,
                pool, new H3(getTranslation("issue.settings")), settings, unreached,
                new H3(getTranslation("flow.countersign.section")), new HorizontalLayout(countersignSummary,
                countersignSetup), new HorizontalLayout(save, complete));
        work.setPadding(false);
        VerticalLayout previewPane = new VerticalLayout(new H3(getTranslation("issue.preview")), preview);
        previewPane.setPadding(false);
        previewPane.addClassName("issue-preview-pane");
        work.addClassName("issue-compose-work");
        // Work and preview share the width (styles.css); on a narrow screen the preview goes below the work.
        HorizontalLayout body = new HorizontalLayout(work, previewPane);
        body.setWidthFull();
        body.setWrap(true);
        body.setAlignItems(Alignment.START);
        add(new H2(getTranslation("issue.compose.title", issue.series().title())));
        flow.returnReceived(issue.id(), IssueOpinion.Step.COMPOSE).ifPresent(r -> add(new ReturnNotice(r, clock)));
        add(body);
        showCountersign(countersigns.of(issue.id()));
        add(TaskActionBar.forTask(taskId));
        show(issue);
        pool.refresh();
    }

    private void show(Issue current) {
        issue = current;
        included.setItems(current.articles());
        included.recalculateColumnWidths(); // the unit column's width follows the articles now included
        preview.show(current);
        problem.setVisible(false);
        showUnreached(current);
    }

    /** Units on the 送 and 发 lines with nobody to acknowledge the issue: said as the lines are saved, not after. */
    private void showUnreached(Issue current) {
        List<String> names = directory.unitsWithoutActive(Role.RECIPIENT, current.circulationUnitIds()).stream()
                .map(Unit::name).toList();
        unreached.setText(names.isEmpty() ? "" : getTranslation("issue.unreached",
                Punctuation.enumeration(this, names)));
        unreached.setVisible(!names.isEmpty());
    }

    void include(Article article) {
        List<String> columns = issue.series().columns();
        String column = columns.contains(article.suggestedColumn()) ? article.suggestedColumn() : columns.get(0);
        act(() -> tasks.include(user, taskId, article.id(), column));
    }

    void exclude(IssueArticle placed) {
        act(() -> tasks.exclude(user, taskId, placed.articleId()));
    }

    void move(IssueArticle placed, int by) {
        List<IssueArticle> order = new ArrayList<>(issue.articles());
        int from = order.indexOf(placed);
        int to = from + by;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        arrange(order);
    }

    private void arrange(List<IssueArticle> order) {
        act(() -> tasks.arrange(user, taskId, order));
    }

    void saveSettings() {
        if (settings.dateUnreadable()) {
            return;
        }
        Composition saved = settings.composition();
        if (act(() -> tasks.saveSettings(user, taskId, saved))) {
            settingsAsSaved = saved;
            Notices.success(getTranslation("issue.saved"));
        }
    }

    void completeComposition() {
        if (settings.dateUnreadable()) {
            return;
        }
        try {
            Composition composed = settings.composition();
            tasks.completeComposition(user, taskId, composed);
            settingsAsSaved = composed;
            Notices.success(getTranslation("issue.compose.done"));
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (ValidationException e) {
            showProblems(e.fieldMessageKeys());
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
    }

    /** The articles are kept as they are placed; the settings below them, and an article's edit, only when saved. */
    @Override
    public boolean hasUnsavedWork() {
        return settingsAsSaved != null && !settings.composition().equals(settingsAsSaved)
                || articleEdit != null && articleEdit.hasUnsavedWork();
    }

    /** Runs a change of the issue and shows the result; false with the reason shown if it was refused. */
    private boolean act(java.util.function.Supplier<Issue> change) {
        try {
            show(change.get());
            pool.refresh();
            return true;
        } catch (ValidationException e) {
            showProblems(e.fieldMessageKeys());
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
        pool.refresh();
        return false;
    }

    private void showProblems(Map<String, String> problems) {
        settings.showProblems(problems).values().stream().findFirst().ifPresent(key -> {
            problem.setText(getTranslation(key));
            problem.setVisible(true);
        });
    }

    /** The row's edit button calls this; Karibu does not reach into grid cells. */
    void editArticle(IssueArticle placed) {
        Article article = articlePool.byIds(List.of(placed.articleId())).get(0);
        articleEdit = new PlacedArticleEditDialog(tasks, user, taskId, article, edited -> {
            show(edited);
            pool.refresh();
            Notices.success(getTranslation("issue.articleEdited"));
        });
        articleEdit.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("issue.compose.title", issue == null ? "" : issue.series().title());
    }
}
