package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.di.Instantiator;

/** 抄送: the button that sends the article or issue on show to people for reading. */
public class CopyButton extends Button {

    private final ReadingCopies copies;
    private final AppUser user;
    private ReadingCopies.Subject subject;

    public CopyButton(ReadingCopies copies, CurrentUser currentUser) {
        this.copies = copies;
        this.user = currentUser.get();
        setText(getTranslation("approval.copy"));
        setIcon(VaadinIcon.COPY_O.create());
        setId("copy-for-reading");
        addClickListener(e -> open());
    }

    /** The button for an article ({@link ReadingSubjects#ARTICLE}) or issue ({@link ReadingSubjects#ISSUE}). */
    public static CopyButton forSubject(String kind, long id) {
        CopyButton button = Instantiator.get(UI.getCurrent()).getOrCreate(CopyButton.class);
        button.subject = new ReadingCopies.Subject(kind, id);
        return button;
    }

    static CopyButton forSubject(ReadingCopies.Subject subject) {
        return forSubject(subject.kind(), subject.id());
    }

    CopyDialog open() {
        CopyDialog dialog = new CopyDialog(copies, user, subject);
        dialog.open();
        return dialog;
    }
}
