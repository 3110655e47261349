package com.briefingdesk.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The steps of a scenario depend on each other: once one fails, the later ones are reported as skipped instead
 * of failing for a reason that is not theirs. The failing step leaves a screenshot of every open browser.
 */
final class StepsInOrder implements ExecutionCondition, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StepsInOrder.class);
    private static final String FAILED = "failed step";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("a scenario");
        }
        String failed = classStore(context).get(FAILED, String.class);
        return failed == null ? ConditionEvaluationResult.enabled("no step failed so far")
                : ConditionEvaluationResult.disabled("skipped: the earlier step " + failed + " failed");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String step = context.getRequiredTestMethod().getName();
        classStore(context).put(FAILED, step);
        context.getTestInstance().filter(E2EScenario.class::isInstance).map(E2EScenario.class::cast)
                .ifPresent(scenario -> scenario.stepFailed(step));
    }

    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(NAMESPACE);
    }
}
