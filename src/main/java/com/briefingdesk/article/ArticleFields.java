package com.briefingdesk.article;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;

/**
 * The fields of an article, shared by the submitter's form, the editors' triage and the revision. Rules live in
 * {@link ArticleContent}; this component shows their messages next to the fields and never clears what was typed.
 */
class ArticleFields extends Composite<HorizontalLayout> {

    static final List<String> COMMON_COLUMNS = List.of("工作交流", "经验做法", "基层动态", "工作动态", "典型推介");

    final TextField title = new TextField();
    final ComboBox<String> suggestedColumn = new ComboBox<>();
    final TextField authors = new TextField();
    final TextField contactPhone = new TextField();
    final TextArea body = new TextArea();
    final WordPaste paste;
    private final ArticlePreview preview = new ArticlePreview();
    private final Binder<ArticleContent> binder = new Binder<>();
    private final Map<String, HasValidation> byName;
    private ArticleContent kept; // as last shown or saved: what leaving would not lose

    ArticleFields() {
        title.setLabel(getTranslation("article.title"));
        title.setId("title");
        title.setWidthFull();
        title.setHelperText(getTranslation("article.title.help", ArticleContent.TITLE_MAX));
        suggestedColumn.setLabel(getTranslation("article.column"));
        suggestedColumn.setId("column");
        suggestedColumn.setItems(COMMON_COLUMNS);
        suggestedColumn.setAllowCustomValue(true);
        suggestedColumn.addCustomValueSetListener(e -> suggestedColumn.setValue(e.getDetail()));
        authors.setLabel(getTranslation("article.authors"));
        authors.setId("authors");
        contactPhone.setLabel(getTranslation("article.phone"));
        contactPhone.setId("phone");
        contactPhone.setHelperText(getTranslation("article.phone.help"));
        body.setLabel(getTranslation("article.body"));
        body.setId("body");
        body.setHelperText(getTranslation("article.body.help"));
        body.setMinHeight("24em");
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.LAZY);
        paste = new WordPaste(body, new WordPasteConverter());
        body.addValueChangeListener(e -> preview.show(title.getValue(), ArticleBody.parse(e.getValue())));
        title.addValueChangeListener(e -> preview.show(e.getValue(), ArticleBody.parse(body.getValue())));

        binder.forField(title).bind(ArticleContent::getTitle, ArticleContent::setTitle);
        binder.forField(suggestedColumn).bind(ArticleContent::getSuggestedColumn, ArticleContent::setSuggestedColumn);
        binder.forField(authors).bind(ArticleContent::getAuthors, ArticleContent::setAuthors);
        binder.forField(contactPhone).bind(ArticleContent::getContactPhone, ArticleContent::setContactPhone);
        binder.forField(body).bind(ArticleContent::getBody, ArticleContent::setBody);
        byName = Map.of("title", title, "suggestedColumn", suggestedColumn, "authors", authors,
                "contactPhone", contactPhone, "body", body);
        byName.values().forEach(field -> ((com.vaadin.flow.component.HasValue<?, ?>) field)
                .addValueChangeListener(e -> field.setInvalid(false)));

        FormLayout form = new FormLayout(title, suggestedColumn, authors, contactPhone, body);
        form.setColspan(title, 2);
        form.setColspan(body, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.addClassName("article-fields");
        preview.addClassName("article-preview-pane");
        preview.setId("article-preview");
        getContent().add(form, preview);
        getContent().setFlexGrow(3, form);
        getContent().setFlexGrow(2, preview);
        getContent().setWidthFull();
        getContent().addClassName("article-editor");
    }

    void show(ArticleContent content) {
        binder.readBean(content);
        preview.show(content.getTitle(), content.parsedBody());
        kept = current();
    }

    /** Whether the fields hold anything typed since they were shown or last saved. */
    boolean changed() {
        return kept != null && !current().equals(kept);
    }

    /** What the fields hold was saved or submitted: leaving loses nothing. */
    void saved(ArticleContent content) {
        kept = content;
    }

    /** What the fields hold now, valid or not. */
    ArticleContent current() {
        ArticleContent content = new ArticleContent();
        binder.writeBeanAsDraft(content, true);
        return content;
    }

    /**
     * Shows each problem next to its field; true when there were none. Messages for fields this component does
     * not own are left to the caller.
     */
    boolean showProblems(Map<String, String> problems) {
        byName.forEach((name, field) -> {
            String key = problems.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : getTranslation(key));
        });
        return problems.isEmpty();
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
