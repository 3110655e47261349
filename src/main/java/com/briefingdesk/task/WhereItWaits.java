package com.briefingdesk.task;

import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lines of a page that say where its process waits: 当前环节：签发 · 办理人：… · 到达：…, one per open task
 * (countersigners in parallel each have theirs). Hidden while nobody is to act.
 */
@org.springframework.stereotype.Component
public class WhereItWaits {

    private final WaitingSteps waitingSteps;
    private final ActivityNames activityNames;
    private final OfficeClock clock;

    public WhereItWaits(WaitingSteps waitingSteps, ActivityNames activityNames, OfficeClock clock) {
        this.waitingSteps = waitingSteps;
        this.activityNames = activityNames;
        this.clock = clock;
    }

    /** The page's lines, its task names in the page's language (a component's own locale is not public). */
    public Div lines(Component shownIn, Locale language, String processInstanceId) {
        return lines(shownIn, language, processInstanceId, step -> Optional.empty());
    }

    /** The same, each line followed by what the person may do about its step (催办, say), where anything. */
    public Div lines(Component shownIn, Locale language, String processInstanceId,
                     Function<WaitingStep, Optional<Component>> actionOn) {
        Div lines = new Div();
        lines.setId("where-it-waits");
        lines.addClassName("where-it-waits");
        waitingSteps.of(List.of(processInstanceId)).getOrDefault(processInstanceId, List.of()).forEach(step -> {
            Div line = new Div(new Span(shownIn.getTranslation("task.waiting",
                    activityNames.taskName(language, step.formKey(), step.name()), step.holder(shownIn),
                    clock.minute(step.since()))));
            line.addClassName("where-it-waits-line");
            actionOn.apply(step).ifPresent(line::add);
            lines.add(line);
        });
        lines.setVisible(lines.getComponentCount() > 0);
        return lines;
    }
}
