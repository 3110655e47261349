package com.briefingdesk.approval;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.CurrentUser;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An opinion (意见) with its 常用语: a text area, a picker of the common phrases and the person's own, which puts the
 * phrase in, and a button that keeps what is written as one of the person's phrases. Used wherever a decision
 * carries an opinion.
 */
public class OpinionField extends CustomField<String> {

    final TextArea text = new TextArea();
    final ComboBox<String> phrases = new ComboBox<>();
    final Button keep = new Button();
    final Button manage = new Button();
    private final PhraseBook book;
    private final AppUser user;

    public OpinionField(PhraseBook book, CurrentUser currentUser) {
        super("");
        this.book = book;
        this.user = currentUser.get();
        addClassName("opinion-field");
        text.setWidthFull();
        text.addValueChangeListener(e -> updateValue());
        text.setAriaLabel(getTranslation("approval.opinion"));
        phrases.setPlaceholder(getTranslation("approval.phrases.pick"));
        phrases.setAriaLabel(getTranslation("approval.phrases.pick"));
        phrases.addClassName("opinion-phrases");
        phrases.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insert(e.getValue());
                phrases.clear();
            }
        });
        keep.setText(getTranslation("approval.phrases.keep"));
        keep.setIcon(VaadinIcon.BOOKMARK.create());
        keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        keep.addClickListener(e -> keep());
        manage.setText(getTranslation("approval.phrases.manage"));
        manage.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        manage.addClickListener(e -> new PhraseDialog(book, user, this::refreshPhrases).open());
        HorizontalLayout tools = new HorizontalLayout(phrases, keep, manage);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true); // in a decision panel beside the text the three do not fit on one line
        VerticalLayout body = new VerticalLayout(text, tools);
        body.setPadding(false);
        body.setSpacing(false);
        add(body);
        refreshPhrases();
    }

    /** A new field for the current person, its services from the application. */
    public static OpinionField create() {
        return Instantiator.get(UI.getCurrent()).getOrCreate(OpinionField.class);
    }

    /**
     * Sets the field up as the opinion of a form's decision: its label and id, the decision panel's width, the limit
     * its service keeps, and its error cleared as soon as it is changed.
     */
    public void asDecisionOpinion(String label, String id, int maxLength) {
        setLabel(label);
        setId(id);
        setWidthFull();
        setMaxLength(maxLength);
        addValueChangeListener(e -> setInvalid(false));
    }

    public void setMaxLength(int maxLength) {
        text.setMaxLength(maxLength);
    }

    /** The phrases offered: the common ones of the language, then the person's own. */
    List<String> offered() {
        Set<String> all = new LinkedHashSet<>(Arrays.asList(getTranslation("approval.phrases.common").split("\\|")));
        all.addAll(book.of(user));
        return List.copyOf(all);
    }

    void refreshPhrases() {
        phrases.setItems(offered());
    }

    /** An empty opinion becomes the phrase; otherwise the phrase is added at the end. */
    void insert(String phrase) {
        String now = text.getValue();
        text.setValue(now.isBlank() ? phrase : now.stripTrailing() + phrase);
    }

    void keep() {
        try {
            book.add(user, text.getValue());
            Notices.success(getTranslation("approval.phrases.kept"));
            refreshPhrases();
        } catch (ValidationException e) {
            setErrorMessage(getTranslation(e.fieldMessageKeys().values().iterator().next()));
            setInvalid(true);
        }
    }

    @Override
    protected String generateModelValue() {
        return text.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        text.setValue(value == null ? "" : value);
    }

    @Override
    public String getEmptyValue() {
        return "";
    }
}
