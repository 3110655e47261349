package com.briefingdesk.issue;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleChangedException;
import com.briefingdesk.article.ArticleContent;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ui.FieldProblems;
import com.briefingdesk.kernel.ui.Notices;
import com.briefingdesk.kernel.ui.UnsavedWork;
import com.briefingdesk.task.TaskNotAvailableException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 修改稿件 while composing: the editor's edit of the title and text of an article the issue holds, saved as a version
 * of the article's own. A refusal is said at its field and keeps what was typed; so does a colleague's edit saved
 * first. A reload asks while the edit is unsaved, and a stray click beside the dialog does not close it.
 */
class PlacedArticleEditDialog extends Dialog {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    final Button save = new Button();
    final Button cancel = new Button();
    private final VerticalLayout fields = new VerticalLayout(title, body);
    private final String titleAsLoaded;
    private final String bodyAsLoaded;

    PlacedArticleEditDialog(IssueTasks tasks, AppUser editor, String taskId, Article article, Consumer<Issue> saved) {
        ArticleContent content = article.content();
        titleAsLoaded = content.getTitle();
        bodyAsLoaded = content.getBody();
        setId("edit-article-dialog");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("issue.editArticle"));
        setWidth("48em");
        title.setLabel(getTranslation("article.title"));
        title.setValue(titleAsLoaded);
        title.setWidthFull();
        title.setId("edit-title");
        body.setLabel(getTranslation("article.body"));
        body.setValue(bodyAsLoaded);
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setHelperText(getTranslation("article.body.help"));
        body.setId("edit-body");
        UnsavedWork.guardThePage(fields, this::hasUnsavedWork);
        add(fields);

        FieldProblems problems = new FieldProblems(this, Map.of("title", title, "body", body), title);
        save.setText(getTranslation("issue.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-edit");
        save.addClickListener(e -> {
            content.setTitle(title.getValue());
            content.setBody(body.getValue());
            try {
                problems.attempt(() -> {
                    Issue issue = tasks.editArticle(editor, taskId, article.id(), article.version(), content);
                    close();
                    saved.accept(issue);
                });
            } catch (ArticleChangedException changed) {
                Notices.error(getTranslation("article.changedMeanwhile"));
            } catch (TaskNotAvailableException gone) {
                Notices.error(getTranslation("task.notAvailable"));
            }
        });
        cancel.setText(getTranslation("common.cancel"));
        cancel.setId("cancel-edit");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** Typing that neither a save nor a cancel has dealt with. */
    boolean hasUnsavedWork() {
        return isOpened() && (!title.getValue().equals(titleAsLoaded) || !body.getValue().equals(bodyAsLoaded));
    }
}
