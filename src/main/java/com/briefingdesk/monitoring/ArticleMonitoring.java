package com.briefingdesk.monitoring;

import com.briefingdesk.article.Article;
import com.briefingdesk.article.ArticleService;
import com.briefingdesk.article.VersionHistory;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/** Articles under monitoring: their timeline (article_event) and the versions of their text. */
@org.springframework.stereotype.Component
class ArticleMonitoring implements MonitoredProcess {

    private final ArticleService articles;
    private final OfficeClock clock;

    ArticleMonitoring(ArticleService articles, OfficeClock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @Override
    public String processKey() {
        return ArticleService.PROCESS_KEY;
    }

    @Override
    public String kindLabelKey() {
        return "monitoring.kind.article";
    }

    @Override
    public Optional<Subject> find(AppUser admin, long id) {
        try {
            Article a = articles.find(admin, id);
            return Optional.of(new Subject(a.id(), a.title(), a.unitName(), a.status().messageKey(),
                    a.processInstanceId()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<TimelineEntry> domainTimeline(AppUser admin, long id) {
        return articles.timeline(admin, id).stream().map(e -> new TimelineEntry(e.at(), TimelineEntry.Source.RECORD,
                e.kind().messageKey(), e.actorName(), null, e.comment())).toList();
    }

    @Override
    public Optional<Component> extraSection(AppUser admin, long id) {
        return Optional.of(new VersionHistory(articles.versions(admin, id), clock));
    }
}
