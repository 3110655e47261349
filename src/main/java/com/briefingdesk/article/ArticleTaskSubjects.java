package com.briefingdesk.article;

import com.briefingdesk.task.TaskSubject;
import com.briefingdesk.task.TaskSubjects;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the article behind an article-process task in the inbox. */
@Component
class ArticleTaskSubjects implements TaskSubjects {

    private final ArticleRepository articles;

    ArticleTaskSubjects(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public Optional<TaskSubject> subjectOf(String processDefinitionKey, String businessKey) {
        if (!ArticleService.PROCESS_KEY.equals(processDefinitionKey) || businessKey.isEmpty()) {
            return Optional.empty();
        }
        return articles.find(Long.parseLong(businessKey))
                .map(article -> new TaskSubject(article.title(), article.unitName()));
    }

    /** The subjects of a whole inbox in one query, without reading the articles' text. */
    @Override
    public Map<String, TaskSubject> subjectsOf(String processDefinitionKey, Collection<String> businessKeys) {
        if (!ArticleService.PROCESS_KEY.equals(processDefinitionKey)) {
            return Map.of();
        }
        return articles.subjects(businessKeys.stream().filter(key -> !key.isEmpty()).map(Long::valueOf).toList());
    }

    /** By the article's current process instance, which the article keeps (indexed). */
    @Override
    public Map<String, TaskSubject> subjectsOfProcesses(String processDefinitionKey,
                                                        Collection<String> processInstanceIds) {
        if (!ArticleService.PROCESS_KEY.equals(processDefinitionKey)) {
            return Map.of();
        }
        return articles.subjectsByProcess(processInstanceIds);
    }
}
