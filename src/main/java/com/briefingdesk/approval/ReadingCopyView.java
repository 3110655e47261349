package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.OfficeClock;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.Punctuation;
import com.briefingdesk.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/**
 * One article or issue sent to me for reading: who sent it and why, the object itself, and 已阅. Opened only by its
 * recipients and its sender; for anyone else it does not exist.
 */
@Route(value = "reading/:copyId([0-9]+)", layout = MainLayout.class)
@PermitAll
public class ReadingCopyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReadingCopies copies;
    private final AppUser user;
    private final OfficeClock clock;
    final Button markRead = new Button();
    final Span readers = new Span();
    private ReadingCopy copy;

    public ReadingCopyView(ReadingCopies copies, CurrentUser currentUser, OfficeClock clock) {
        this.copies = copies;
        this.user = currentUser.get();
        this.clock = clock;
        setId("reading-copy");
        markRead.setText(getTranslation("approval.reading.markRead"));
        markRead.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        markRead.setId("mark-read");
        markRead.addClickListener(e -> markRead());
        readers.setId("copy-readers");
    }

    static RouteParameters parameters(long copyId) {
        return new RouteParameters("copyId", String.valueOf(copyId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("copyId").orElseThrow();
        copy = copies.open(user, id); // not found for anyone it was not sent to
        render();
    }

    private void render() {
        removeAll();
        Paragraph from = new Paragraph(getTranslation("approval.reading.from", copy.senderName(),
                clock.minute(copy.sentAt())));
        if (copy.note() != null) {
            from.setText(Punctuation.labelled(this, from.getText(), copy.note()));
        }
        from.setId("copy-from");
        add(new H2(copy.title()), from);
        boolean recipient = copy.readers().stream().anyMatch(r -> r.userId() == user.id());
        if (recipient) {
            markRead.setVisible(copy.readAt() == null);
            add(markRead);
        }
        if (copy.senderId() == user.id()) {
            readers.setText(Punctuation.labelled(this, getTranslation("approval.reading.readCount",
                    copy.readCount(), copy.readers().size()), Punctuation.enumeration(this, copy.readers().stream()
                    .map(r -> r.readAt() == null ? r.name() : Punctuation.aside(this, r.name(),
                            clock.minute(r.readAt()))).toList())));
            add(readers);
        }
        add(copies.content(user, copy.id()));
    }

    void markRead() {
        copies.markRead(user, copy.id(), Instant.now());
        Notices.success(getTranslation("approval.reading.marked"));
        copy = copies.open(user, copy.id());
        render();
    }

    @Override
    public String getPageTitle() {
        return copy == null ? "" : copy.title();
    }
}
