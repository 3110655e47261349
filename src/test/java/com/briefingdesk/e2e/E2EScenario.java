package com.briefingdesk.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scenario: one test class whose {@code @Test @Order(n)} methods are its steps, run in order on one instance,
 * with one browser per person ({@link #browser(String)}), each a fresh Chromium profile. Browsers are closed
 * after the last step; closing fails the scenario if a browser logged an error that no step has checked yet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(StepsInOrder.class)
public abstract class E2EScenario {

    protected final Scenario scenario;
    private final Map<String, BrowserSession> browsers = new LinkedHashMap<>();
    private final long started = System.nanoTime();

    protected E2EScenario(String name) {
        this.scenario = new Scenario(name);
    }

    /** The browser of one person (by convention their login), opened on first use. */
    protected BrowserSession browser(String who) {
        return browsers.computeIfAbsent(who, w -> new BrowserSession(scenario, w));
    }

    void stepFailed(String step) {
        browsers.values().forEach(browser -> browser.screenshotQuietly("failed-" + step));
    }

    @AfterAll
    void closeBrowsers() {
        List<Throwable> problems = new ArrayList<>();
        for (BrowserSession browser : browsers.values()) {
            try {
                browser.close();
            } catch (RuntimeException | AssertionError e) {
                problems.add(e);
            }
        }
        browsers.clear();
        System.out.printf("e2e scenario %s took %d s%n", scenario.name(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        if (!problems.isEmpty()) {
            AssertionError error = new AssertionError("closing the browsers of " + scenario.name() + " failed");
            problems.forEach(error::addSuppressed);
            throw error;
        }
    }
}
