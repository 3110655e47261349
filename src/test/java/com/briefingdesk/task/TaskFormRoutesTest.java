package com.briefingdesk.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every human task of every model in bpmn/ has its own form, found by its formKey. */
class TaskFormRoutesTest {

    static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask\\b[^>]*>", Pattern.DOTALL);
    static final Pattern FORM_KEY = Pattern.compile("camunda:formKey=\"([^\"]+)\"");

    @Test
    void everyUserTaskHasAFormKeyWithARoutedForm() throws IOException {
        Set<String> routes = new ClassPathScanningCandidateComponentProvider(false) {
            {
                addIncludeFilter(new AnnotationTypeFilter(Route.class));
            }
        }.findCandidateComponents("com.briefingdesk").stream()
                .map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value();
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());

        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            models = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
        }
        assertThat(models).isNotEmpty();
        int userTasks = 0;
        for (Path model : models) {
            Matcher task = USER_TASK.matcher(Files.readString(model));
            while (task.find()) {
                userTasks++;
                Matcher formKey = FORM_KEY.matcher(task.group());
                assertThat(formKey.find()).as("formKey of %s in %s", task.group(), model).isTrue();
                assertThat(routes).as("form of %s", formKey.group(1))
                        .contains(TaskForms.ROUTE_PREFIX + formKey.group(1) + "/:taskId");
            }
        }
        assertThat(userTasks).isGreaterThanOrEqualTo(2);
    }
}
