package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.MainLayout;
import com.briefingdesk.kernel.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** 待办: what waits for me, and what waits for one of my groups to pick up. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    /** Rows fetched at a time; a list longer than {@link #SHORT_LIST} scrolls inside its grid. */
    public static final int PAGE = 50;
    static final int SHORT_LIST = 15;

    private final TaskInbox inbox;
    private final ActivityNames activityNames;
    private final AppUser user;
    private final OfficeClock clock;
    final Grid<OpenTask> mine = new Grid<>();
    final Grid<OpenTask> offered = new Grid<>();
    private final Span mineEmpty = new Span();
    private final Span offeredEmpty = new Span();

    public InboxView(TaskInbox inbox, ActivityNames activityNames, CurrentUser currentUser, OfficeClock clock) {
        this.inbox = inbox;
        this.activityNames = activityNames;
        this.user = currentUser.get();
        this.clock = clock;
        setId("inbox");
        mine.setId("my-tasks");
        offered.setId("group-tasks");
        configure(mine, true);
        configure(offered, false);
        mineEmpty.setText(getTranslation("inbox.mine.empty"));
        offeredEmpty.setText(getTranslation("inbox.offered.empty"));
        mineEmpty.addClassName("empty-note");
        offeredEmpty.addClassName("empty-note");
        add(new H2(getTranslation("inbox.mine")), mineEmpty, mine,
                new H2(getTranslation("inbox.offered")), offeredEmpty, offered);
        refresh();
    }

    private void configure(Grid<OpenTask> grid, boolean assigned) {
        grid.addColumn(this::taskName).setHeader(getTranslation("inbox.task")).setAutoWidth(true);
        grid.addColumn(t -> t.subject().title()).setHeader(getTranslation("inbox.subject")).setFlexGrow(3);
        grid.addColumn(t -> t.subject().unitName()).setHeader(getTranslation("inbox.unit")).setAutoWidth(true);
        grid.addColumn(t -> clock.minute(t.created())).setHeader(getTranslation("inbox.created")).setAutoWidth(true);
        grid.addColumn(t -> clock.minute(t.due())).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
        grid.addComponentColumn(t -> actions(t, assigned)).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(grid);
        grid.setPageSize(PAGE);
    }

    /** The task's name in the person's language: the models name tasks in English, the bundles per form. */
    private String taskName(OpenTask task) {
        String name = activityNames.translated(getLocale(), "task.name." + task.formKey(), task.name());
        if (task.ownerName() == null) {
            return name;
        }
        return name + " " + getTranslation(task.askedForOpinion() ? "approval.inbox.askedBy" : "approval.inbox.onBehalfOf",
                task.ownerName());
    }

    private HorizontalLayout actions(OpenTask task, boolean assigned) {
        Button open = new Button(getTranslation("inbox.open"), e -> open(task, assigned));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId("open-" + task.id());
        HorizontalLayout actions = new HorizontalLayout(open);
        if (assigned) {
            Button giveBack = new Button(getTranslation("inbox.unclaim"), e -> act(() -> inbox.unclaim(task.id(), user)));
            giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            giveBack.setId("unclaim-" + task.id());
            giveBack.setVisible(task.formKey() != null && isGroupTask(task));
            actions.add(giveBack);
        } else {
            Button claim = new Button(getTranslation("inbox.claim"), e -> act(() -> inbox.claim(task.id(), user)));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.setId("claim-" + task.id());
            actions.add(claim);
        }
        return actions;
    }

    private boolean isGroupTask(OpenTask task) {
        return inbox.isGroupTask(task.id());
    }

    /** Opening a group task takes it, so two editors never work on the same article unknowingly. */
    private void open(OpenTask task, boolean assigned) {
        if (!assigned) {
            try {
                inbox.claim(task.id(), user);
            } catch (TaskNotAvailableException e) {
                Notices.error(getTranslation("task.notAvailable"));
                refresh();
                return;
            }
        }
        getUI().ifPresent(ui -> ui.navigate(task.formLocation()));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (TaskNotAvailableException e) {
            Notices.error(getTranslation("task.notAvailable"));
        }
        refresh();
    }

    /**
     * Both lists load lazily, a page at a time with a count: an editor of a busy office may have hundreds of tasks,
     * and each row's subject costs a lookup. A short list shows whole; a long one scrolls inside its grid.
     */
    void refresh() {
        show(mine, mineEmpty, inbox.assignedList(user, PAGE), (offset, limit) -> inbox.assignedTo(user, offset, limit));
        show(offered, offeredEmpty, inbox.offeredList(user, PAGE),
                (offset, limit) -> inbox.offeredTo(user, offset, limit));
    }

    /** The list as loaded here gives the grid its size and first page; further pages load as the person scrolls. */
    private void show(Grid<OpenTask> grid, Span empty, TaskList loaded,
                      BiFunction<Integer, Integer, List<OpenTask>> page) {
        grid.setItems(query -> rows(loaded, query.getOffset(), query.getLimit(), page), query -> loaded.total());
        grid.setAllRowsVisible(loaded.total() <= SHORT_LIST);
        grid.setHeight(loaded.total() <= SHORT_LIST ? null : "40em");
        grid.setVisible(loaded.total() > 0);
        empty.setVisible(loaded.total() == 0);
    }

    private static Stream<OpenTask> rows(TaskList loaded, int offset, int limit,
                                         BiFunction<Integer, Integer, List<OpenTask>> page) {
        List<OpenTask> first = loaded.firstPage();
        if (offset == 0 && (limit <= first.size() || loaded.total() == first.size())) {
            return first.subList(0, Math.min(limit, first.size())).stream();
        }
        return page.apply(offset, limit).stream();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
