package com.briefingdesk.article;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.ValidationException;
import com.briefingdesk.kernel.ui.InputTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;

/** The images of an article: PNG or JPEG by content, 5 MB at most, with the reason next to the field if not. */
class ArticleImages extends VerticalLayout {

    private final ArticleService articles;
    private final AppUser user;
    private final long articleId;
    private final Div list = new Div();
    final Span error = new Span();

    ArticleImages(ArticleService articles, AppUser user, long articleId, boolean editable) {
        this.articles = articles;
        this.user = user;
        this.articleId = articleId;
        setPadding(false);
        setSpacing(false);
        setId("images");
        Span label = new Span(getTranslation("article.images"));
        label.addClassName("field-label");
        error.addClassName("field-error");
        error.setId("images-error");
        error.setVisible(false);
        add(label, list);
        if (editable) {
            Upload upload = new Upload(new ImageUploadHandler((metadata, data) ->
                    getUI().ifPresent(ui -> ui.access(() -> receive(metadata.fileName(), data)))));
            InputTexts.localize(upload);
            upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize(AttachmentPolicy.MAX_BYTES);
            upload.setMaxFiles(10);
            upload.addFileRejectedListener(e -> showError(getTranslation("article.image.rejected")));
            upload.setId("image-upload");
            add(upload);
        }
        add(error);
        refresh(editable);
    }

    /** Stores an uploaded image, or says why not. */
    void receive(String fileName, byte[] data) {
        try {
            articles.attach(user, articleId, fileName, data);
            error.setVisible(false);
        } catch (ValidationException e) {
            showError(getTranslation(e.fieldMessageKeys().getOrDefault("images", "article.image.notImage")));
        }
        refresh(true);
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private void refresh(boolean editable) {
        list.removeAll();
        for (Attachment attachment : articles.attachments(user, articleId)) {
            HorizontalLayout row = new HorizontalLayout(new Span(attachment.fileName()),
                    new Span(getTranslation("article.image.size", (attachment.sizeBytes() + 1023) / 1024)));
            if (editable) {
                Button remove = new Button(getTranslation("article.image.remove"), e -> {
                    articles.removeAttachment(user, articleId, attachment.id());
                    refresh(true);
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            row.addClassName("attachment-row");
            list.add(row);
        }
    }

}
