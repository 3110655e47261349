package com.briefingdesk.article;

import com.briefingdesk.approval.ReadingSubjects;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import java.util.Optional;

/** An article sent for reading (抄送): its title, and its text as the briefing will print it. */
@org.springframework.stereotype.Component
class ArticleReadingSubjects implements ReadingSubjects {

    private final ArticleRepository articles;
    private final ArticleService service;

    ArticleReadingSubjects(ArticleRepository articles, ArticleService service) {
        this.articles = articles;
        this.service = service;
    }

    @Override
    public String kind() {
        return ARTICLE;
    }

    @Override
    public Optional<String> titleFor(AppUser user, long id) {
        try {
            return Optional.of(service.find(user, id).title());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String title(long id) {
        return article(id).title();
    }

    @Override
    public com.vaadin.flow.component.Component content(long id) {
        Article article = article(id);
        ArticlePreview preview = new ArticlePreview();
        preview.show(article.title(), article.body());
        return preview;
    }

    @Override
    public Optional<Long> ofProcessInstance(String processInstanceId) {
        return articles.findByProcessInstance(processInstanceId).map(Article::id);
    }

    private Article article(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
    }
}
