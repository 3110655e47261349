package com.briefingdesk.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.briefingdesk.kernel.BundleI18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every named step (task, event, gateway, sub-process) and labelled flow of every model in bpmn/ is named in Chinese
 * and in English, so administrators never read the models' English; and a step the bundles lack keeps the model's
 * name.
 */
class ActivityNamesTest {

    record Step(String processKey, String id, String name, String formKey) {

        String key() {
            return ActivityNames.key(processKey, id);
        }
    }

    static List<Step> namedSteps() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        assertThat(models).as("bpmn/*.bpmn on the class path").isNotEmpty();
        List<Step> steps = new ArrayList<>();
        for (Resource model : models) {
            BpmnModelInstance instance;
            try (InputStream in = model.getInputStream()) {
                instance = Bpmn.readModelFromStream(in);
            }
            for (FlowElement node : instance.getModelElementsByType(FlowElement.class)) {
                if (node.getName() != null && !node.getName().isBlank()) {
                    steps.add(new Step(processOf(node).getId(), node.getId(), node.getName(),
                            node instanceof UserTask task ? task.getCamundaFormKey() : null));
                }
            }
        }
        return steps;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (!(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    /** The keys of every bundle family in one language: "" for English, "_zh_CN" for Chinese. */
    static Set<String> keys(String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String family : BundleI18NProvider.bundleFamilies()) {
            Properties properties = new Properties();
            try (InputStream in = ActivityNamesTest.class.getResourceAsStream(
                    "/vaadin-i18n/" + family + suffix + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            keys.addAll(properties.stringPropertyNames());
        }
        return keys;
    }

    @Test
    void everyNamedStepOfEveryModelIsNamedInBothLanguages() throws IOException {
        List<Step> steps = namedSteps();
        assertThat(steps).extracting(Step::processKey).contains("article", "issue", "commission");
        assertThat(steps).extracting(Step::key).contains("activity.article.Task_Triage", "activity.issue.Task_SignOff",
                "activity.article.Flow_Accept");
        for (String suffix : List.of("_zh_CN", "")) {
            Set<String> keys = keys(suffix);
            assertThat(steps).as("steps without a name in vaadin-i18n/*%s.properties", suffix)
                    .filteredOn(step -> !keys.contains(step.key())).isEmpty();
        }
    }

    @Test
    void everyStepKeyInTheBundlesNamesAStepOfAModel() throws IOException {
        Set<String> steps = namedSteps().stream().map(Step::key).collect(Collectors.toSet());
        assertThat(keys("_zh_CN")).filteredOn(key -> key.startsWith("activity.")).isSubsetOf(steps);
    }

    /** The inbox names its tasks by their forms. */
    @Test
    void everyUserTaskIsNamedInTheInboxByItsFormInBothLanguages() throws IOException {
        List<String> formKeys = namedSteps().stream().map(Step::formKey).filter(k -> k != null).toList();
        assertThat(formKeys).contains("article-triage", "commission-answer");
        for (String suffix : List.of("_zh_CN", "")) {
            Set<String> keys = keys(suffix);
            assertThat(formKeys).as("forms without a task name in vaadin-i18n/*%s.properties", suffix)
                    .filteredOn(formKey -> !keys.contains("task.name." + formKey)).isEmpty();
        }
    }

    @Test
    void aStepIsNamedInThePersonsLanguageElseByTheModelElseByItsId() {
        ActivityNames names = new ActivityNames(new BundleI18NProvider());

        assertThat(names.name(BundleI18NProvider.CHINESE, "article", "Task_Triage", "Triage article"))
                .isEqualTo("稿件初审");
        assertThat(names.name(BundleI18NProvider.ENGLISH, "article", "Task_Triage", "Triage article"))
                .isEqualTo("Triage article");
        assertThat(names.name(BundleI18NProvider.CHINESE, "issue", "EndEvent_Reminded", "Reminded"))
                .isEqualTo(names.name(BundleI18NProvider.CHINESE, "commission", "EndEvent_Reminded", "Reminded"))
                .isEqualTo("已催办");
        assertThat(names.name(BundleI18NProvider.CHINESE, "commission", "Task_Remind", "Remind units (催办)"))
                .isEqualTo("催办约稿单位");
        assertThat(names.name(BundleI18NProvider.CHINESE, "issue", "Task_New", "New step")).isEqualTo("New step");
        assertThat(names.name(BundleI18NProvider.CHINESE, "issue", "Task_New", null)).isEqualTo("Task_New");
        assertThat(names.name(BundleI18NProvider.CHINESE, null, "Task_Triage", "Triage article"))
                .isEqualTo("Triage article");
        assertThat(names.name(BundleI18NProvider.CHINESE, "article", null, "Triage article"))
                .as("a record without the step's id").isEqualTo("Triage article");
    }
}
