package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The person's own 常用语: add one, remove one. The common phrases are everybody's and stay. */
class PhraseDialog extends Dialog {

    private final PhraseBook book;
    private final AppUser user;
    private final Runnable afterChange;
    final UnorderedList list = new UnorderedList();
    final TextField phrase = new TextField();
    final Button add = new Button();

    PhraseDialog(PhraseBook book, AppUser user, Runnable afterChange) {
        setCloseOnOutsideClick(false); // a stray click beside it must not lose what was typed
        this.book = book;
        this.user = user;
        this.afterChange = afterChange;
        setId("phrase-dialog");
        setHeaderTitle(getTranslation("approval.phrases.mine"));
        list.setId("my-phrases");
        phrase.setLabel(getTranslation("approval.phrases.new"));
        phrase.setMaxLength(PhraseBook.MAX_PHRASE);
        phrase.setId("new-phrase");
        add.setText(getTranslation("approval.phrases.add"));
        add.setId("add-phrase");
        add.addClickListener(e -> addPhrase());
        HorizontalLayout adding = new HorizontalLayout(phrase, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(list, adding);
        Button close = new Button(getTranslation("approval.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        refresh();
    }

    void addPhrase() {
        try {
            book.add(user, phrase.getValue());
            phrase.clear();
            phrase.setInvalid(false);
            refresh();
        } catch (ValidationException e) {
            phrase.setErrorMessage(getTranslation(e.fieldMessageKeys().get("phrase")));
            phrase.setInvalid(true);
        }
    }

    void remove(String text) {
        book.remove(user, text);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (String text : book.of(user)) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(text));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("approval.phrases.remove", text));
            list.add(new ListItem(new Span(text), remove));
        }
        afterChange.run();
    }
}
