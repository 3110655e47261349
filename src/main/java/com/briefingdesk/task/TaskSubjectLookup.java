package com.briefingdesk.task;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a list of tasks is about, asked of the features ({@link TaskSubjects}) that own the processes: the inbox
 * and the administrators' task lists name their tasks through it.
 */
@Component
public class TaskSubjectLookup {

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final List<TaskSubjects> subjects;
    private final Map<String, String> keysOfDefinitions = new ConcurrentHashMap<>();

    public TaskSubjectLookup(RuntimeService runtimeService, RepositoryService repositoryService,
                             List<TaskSubjects> subjects) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.subjects = subjects;
    }

    /**
     * Each task's subject, by its process instance: one question per process and feature, not one per task, for an
     * inbox or the dashboard may hold hundreds of tasks. First from the features that keep the process instance
     * beside the subject; the rest through the process instances' business keys.
     */
    public Map<String, TaskSubject> byProcessInstance(List<Task> tasks) {
        Map<String, String> definitionKeys = definitionKeys(tasks);
        Map<String, Set<String>> instancesByProcess = new HashMap<>();
        for (Task task : tasks) {
            if (task.getProcessInstanceId() != null) {
                instancesByProcess.computeIfAbsent(definitionKeys.getOrDefault(task.getProcessDefinitionId(), ""),
                        k -> new HashSet<>()).add(task.getProcessInstanceId());
            }
        }
        Map<String, TaskSubject> found = new HashMap<>();
        instancesByProcess.forEach((definitionKey, instances) -> subjects.forEach(
                s -> s.subjectsOfProcesses(definitionKey, instances).forEach(found::putIfAbsent)));
        Set<String> rest = instancesByProcess.values().stream().flatMap(Set::stream)
                .filter(instance -> !found.containsKey(instance)).collect(Collectors.toSet());
        if (rest.isEmpty()) {
            return found;
        }
        Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery().processInstanceIds(rest)
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId,
                        pi -> pi.getBusinessKey() == null ? "" : pi.getBusinessKey()));
        instancesByProcess.forEach((definitionKey, instances) -> {
            Set<String> keys = instances.stream().filter(rest::contains)
                    .map(instance -> businessKeys.getOrDefault(instance, "")).collect(Collectors.toSet());
            if (keys.isEmpty()) {
                return;
            }
            Map<String, TaskSubject> byKey = new HashMap<>();
            subjects.forEach(s -> s.subjectsOf(definitionKey, keys).forEach(byKey::putIfAbsent));
            instances.stream().filter(rest::contains).forEach(instance -> {
                TaskSubject subject = byKey.get(businessKeys.getOrDefault(instance, ""));
                if (subject != null) {
                    found.put(instance, subject);
                }
            });
        });
        return found;
    }

    /**
     * The process key of each task's definition. A deployed definition never changes its key, so the keys are kept
     * once read: the inbox asks for them on every page it shows.
     */
    public Map<String, String> definitionKeys(List<Task> tasks) {
        String[] unknown = tasks.stream().map(Task::getProcessDefinitionId).filter(id -> id != null)
                .distinct().filter(id -> !keysOfDefinitions.containsKey(id)).toArray(String[]::new);
        if (unknown.length > 0) {
            repositoryService.createProcessDefinitionQuery().processDefinitionIdIn(unknown).list()
                    .forEach(definition -> keysOfDefinitions.put(definition.getId(), definition.getKey()));
        }
        return keysOfDefinitions;
    }
}
