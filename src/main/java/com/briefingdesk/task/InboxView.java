package com.briefingdesk.task;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.SearchField;
import com.briefingdesk.kernel.ui.WideScreenColumns;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Stream;

/** 待办: what waits for me, and what waits for one of my groups to pick up. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    /** Rows fetched at a time. */
    public static final int PAGE = 50;

    private final TaskInbox inbox;
    private final ActivityNames activityNames;
    private final AppUser user;
    private final OfficeClock clock;
    final Grid<OpenTask> mine = new Grid<>();
    final Grid<OpenTask> offered = new Grid<>();
    private final Span mineEmpty = new Span();
    private final Span offeredEmpty = new Span();
    final SearchField words = new SearchField();
    final Checkbox overdueOnly = new Checkbox();
    private final HorizontalLayout filters = new HorizontalLayout(words, overdueOnly);
    private InboxFilter filter = InboxFilter.NONE;
    private final KeptCurrent<Lists> kept = KeptCurrent.of(this, this::lists, this::show);

    public InboxView(TaskInbox inbox, ActivityNames activityNames, CurrentUser currentUser, OfficeClock clock) {
        this.inbox = inbox;
        this.activityNames = activityNames;
        this.user = currentUser.get();
        this.clock = clock;
        setId("inbox");
        mine.setId("my-tasks");
        offered.setId("group-tasks");
        // on a phone: the task, its subject and the buttons to act on it
        WideScreenColumns.of(this, Stream.concat(configure(mine, true).stream(), configure(offered, false).stream())
                .toList());
        mineEmpty.addClassName("empty-note");
        offeredEmpty.addClassName("empty-note");
        add(filters(), new H2(getTranslation("inbox.mine")), mineEmpty, mine,
                new H2(getTranslation("inbox.offered")), offeredEmpty, offered);
    }

    /** On a busy day: find a task by its subject's title or unit, or see only what is past its due date. */
    private HorizontalLayout filters() {
        words.setLabel(getTranslation("inbox.words"));
        words.setId("inbox-words");
        words.setWidth("20em");
        words.addValueChangeListener(e -> {
            filter = filter.withWords(e.getValue());
            load();
        });
        overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));
        overdueOnly.setId("inbox-overdue");
        overdueOnly.addValueChangeListener(e -> {
            filter = filter.withOverdueOnly(e.getValue());
            load();
        });
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    /** The list's columns; returns those a phone leaves out. */
    private List<Grid.Column<OpenTask>> configure(Grid<OpenTask> grid, boolean assigned) {
        grid.addColumn(this::taskName).setHeader(getTranslation("inbox.task")).setAutoWidth(true)
                .setKey(InboxFilter.Order.TASK.name()).setSortProperty(InboxFilter.Order.TASK.name());
        grid.addColumn(t -> t.subject().title()).setHeader(getTranslation("inbox.subject")).setFlexGrow(3);
        Grid.Column<OpenTask> unit = grid.addColumn(t -> t.subject().unitName())
                .setHeader(getTranslation("inbox.unit")).setAutoWidth(true);
        Grid.Column<OpenTask> arrived = grid.addColumn(t -> clock.minute(t.created()))
                .setHeader(getTranslation("inbox.created")).setAutoWidth(true)
                .setKey(InboxFilter.Order.ARRIVED.name()).setSortProperty(InboxFilter.Order.ARRIVED.name());
        Grid.Column<OpenTask> due = grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.due"))
                .setAutoWidth(true).setKey(InboxFilter.Order.DUE.name()).setSortProperty(InboxFilter.Order.DUE.name());
        grid.addComponentColumn(t -> actions(t, assigned)).setHeader(getTranslation("inbox.actions")).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(grid);
        grid.setPageSize(PAGE);
        return List.of(unit, arrived, due);
    }

    /** When it is due; past that, said in words and marked, not by colour alone. */
    private Span due(OpenTask task) {
        Span due = new Span(clock.minute(task.due()));
        if (task.due() != null && task.due().isBefore(clock.now())) {
            due.setText(getTranslation("inbox.overdue", clock.minute(task.due())));
            due.getElement().getThemeList().add("badge error");
            due.addClassName("overdue");
        }
        return due;
    }

    /** The task's name in the person's language: the models name tasks in English, the bundles per form. */
    private String taskName(OpenTask task) {
        String name = activityNames.taskName(getLocale(), task.formKey(), task.name());
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
                load();
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
        load();
    }

    /**
     * Both lists load lazily, a page at a time with a count: an editor of a busy office may have hundreds of tasks,
     * and each row's subject costs a lookup. A short list shows whole; a long one scrolls inside its grid.
     */
    @Override
    public void load() {
        kept.load();
    }

    private Lists lists() {
        InboxFilter mineAs = sortedAs(filter, mine.getDataCommunicator().getBackEndSorting());
        InboxFilter offeredAs = sortedAs(filter, offered.getDataCommunicator().getBackEndSorting());
        return new Lists(mineAs, inbox.assignedList(user, mineAs, PAGE),
                offeredAs, inbox.offeredList(user, offeredAs, PAGE));
    }

    private void show(Lists lists) {
        show(mine, mineEmpty, "inbox.mine.empty", lists.mineAs(), lists.mine(),
                (asked, offset, limit) -> inbox.assignedTo(user, asked, offset, limit));
        show(offered, offeredEmpty, "inbox.offered.empty", lists.offeredAs(), lists.offered(),
                (asked, offset, limit) -> inbox.offeredTo(user, asked, offset, limit));
        // nothing to search in an empty inbox; a search that found nothing keeps its fields to change it
        filters.setVisible(filter.narrows() || mine.isVisible() || offered.isVisible());
    }

    /**
     * The grid's sorting, which the inbox does: every page of a long list follows the column the person chose, the
     * tasks named in the language they read.
     */
    private InboxFilter sortedAs(InboxFilter filter, List<QuerySortOrder> sorting) {
        InboxFilter named = filter.namedIn(getLocale());
        return sorting.isEmpty() ? named.orderedBy(InboxFilter.Order.ARRIVED, false)
                : named.orderedBy(InboxFilter.Order.valueOf(sorting.get(0).getSorted()),
                sorting.get(0).getDirection() == SortDirection.DESCENDING);
    }

    /**
     * The list as loaded here gives the grid its size and its first page in the order it was loaded in; other
     * pages, and the first in another order, load as the person scrolls or sorts.
     */
    private void show(Grid<OpenTask> grid, Span empty, String noneWait, InboxFilter loadedAs, TaskList loaded,
                      TaskPages pages) {
        List<OpenTask> first = loaded.firstPage();
        grid.setItems(query -> {
            InboxFilter asked = sortedAs(loadedAs, query.getSortOrders());
            boolean loadedAlready = asked.equals(loadedAs) && query.getOffset() == 0
                    && (query.getLimit() <= first.size() || loaded.total() == first.size());
            return loadedAlready ? first.subList(0, Math.min(query.getLimit(), first.size())).stream()
                    : pages.load(asked, query.getOffset(), query.getLimit()).stream();
        }, query -> loaded.total());
        ListHeight.fit(grid, loaded.total());
        grid.setVisible(loaded.total() > 0);
        empty.setText(getTranslation(filter.narrows() ? "inbox.noneMatch" : noneWait));
        empty.setVisible(loaded.total() == 0);
    }

    /** The two lists as loaded, each with the filter and order it was loaded in. */
    private record Lists(InboxFilter mineAs, TaskList mine, InboxFilter offeredAs, TaskList offered) {
    }

    /** A page of one of the two lists. */
    private interface TaskPages {
        List<OpenTask> load(InboxFilter filter, int offset, int limit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
