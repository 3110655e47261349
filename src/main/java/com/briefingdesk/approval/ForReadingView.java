package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.KeptCurrent;
import com.briefingdesk.kernel.ui.ListColumns;
import com.briefingdesk.kernel.ui.ListHeight;
import com.briefingdesk.kernel.ui.LoadedOnArrival;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.kernel.ui.WideScreenColumns;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** 待阅: what was sent to me for reading, unread first; and what I sent, with who has read it. */
@Route(value = "reading", layout = MainLayout.class)
@PermitAll
public class ForReadingView extends VerticalLayout implements HasDynamicTitle, LoadedOnArrival {

    private final ReadingCopies copies;
    private final AppUser user;
    private final OfficeClock clock;
    final Grid<ReadingCopy> toMe = new Grid<>();
    final Grid<ReadingCopy> sent = new Grid<>();
    final Span toMeEmpty = new Span();
    // copies sent to me, and mine being read, show while I look at the lists
    private final KeptCurrent<Copies> kept = KeptCurrent.of(this, this::read, this::show);

    public ForReadingView(ReadingCopies copies, CurrentUser currentUser, OfficeClock clock) {
        this.copies = copies;
        this.user = currentUser.get();
        this.clock = clock;
        setId("for-reading");
        toMe.setId("copies-to-me");
        toMe.addColumn(c -> getTranslation(c.readAt() == null ? "approval.reading.unread" : "approval.reading.read"))
                .setHeader(getTranslation("approval.reading.state")).setAutoWidth(true);
        toMe.addColumn(ReadingCopy::title).setHeader(getTranslation("approval.reading.subject")).setFlexGrow(3);
        Grid.Column<ReadingCopy> sender = toMe.addColumn(ReadingCopy::senderName)
                .setHeader(getTranslation("approval.reading.sender")).setAutoWidth(true);
        Grid.Column<ReadingCopy> note = toMe.addColumn(c -> c.note() == null ? "" : c.note())
                .setHeader(getTranslation("approval.copy.note")).setFlexGrow(2);
        Grid.Column<ReadingCopy> sentAt = toMe.addColumn(c -> clock.minute(c.sentAt()))
                .setHeader(getTranslation("approval.reading.sentAt")).setAutoWidth(true);
        toMe.addComponentColumn(this::openButton).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(toMe);
        WideScreenColumns.of(this, List.of(sender, note, sentAt)); // on a phone: whether read, what, and 阅读
        sent.setId("copies-sent");
        sent.addColumn(ReadingCopy::title).setHeader(getTranslation("approval.reading.subject")).setFlexGrow(3);
        sent.addColumn(c -> clock.minute(c.sentAt())).setHeader(getTranslation("approval.reading.sentAt"))
                .setAutoWidth(true);
        sent.addColumn(this::readers).setHeader(getTranslation("approval.reading.readers")).setFlexGrow(3);
        sent.addComponentColumn(this::openButton).setAutoWidth(true);
        ListColumns.titlesTakeTheRoom(sent);
        toMeEmpty.setText(getTranslation("approval.reading.empty"));
        toMeEmpty.addClassName("empty-note");
        add(new H2(getTranslation("approval.reading.title")), toMeEmpty, toMe,
                new H2(getTranslation("approval.reading.sent")), sent);
    }

    /** 已阅 2/3：陈刚 ✓, 李静 … */
    String readers(ReadingCopy copy) {
        return Punctuation.labelled(this, getTranslation("approval.reading.readCount", copy.readCount(),
                copy.readers().size()), Punctuation.enumeration(this, copy.readers().stream()
                .map(r -> r.name() + (r.readAt() == null ? "" : " ✓")).toList()));
    }

    private Button openButton(ReadingCopy copy) {
        Button open = new Button(getTranslation("approval.reading.open"),
                e -> getUI().ifPresent(ui -> ui.navigate(ReadingCopyView.class, ReadingCopyView.parameters(copy.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setId("open-copy-" + copy.id());
        return open;
    }

    @Override
    public void load() {
        kept.load();
    }

    private Copies read() {
        return new Copies(copies.sentTo(user), copies.sentBy(user));
    }

    private void show(Copies read) {
        toMe.setItems(read.toMe());
        ListHeight.fit(toMe, read.toMe().size());
        toMe.setVisible(!read.toMe().isEmpty());
        toMeEmpty.setVisible(read.toMe().isEmpty());
        sent.setItems(read.sent());
        ListHeight.fit(sent, read.sent().size());
    }

    /** Both lists as last read. */
    private record Copies(List<ReadingCopy> toMe, List<ReadingCopy> sent) {
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.reading.title");
    }
}
