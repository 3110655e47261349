package com.briefingdesk.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (from npm, installed into target/ by the e2e profile) run on a page in the browser. The full results
 * go to target/e2e/axe-&lt;view&gt;.json; serious and critical violations fail the scenario.
 */
public final class AxeReport {

    /** Impacts that fail the suite. */
    static final Set<String> FAILING = Set.of("serious", "critical");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations', 'incomplete', 'passes', 'inapplicable'] })
              .then(results => done(JSON.stringify(results)))
              .catch(error => done(JSON.stringify({ error: String(error) })));
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private final String view;
    private final Path file;
    private final JsonNode results;

    private AxeReport(String view, Path file, JsonNode results) {
        this.view = view;
        this.file = file;
        this.results = results;
    }

    static AxeReport run(JavascriptExecutor browser, String view) {
        browser.executeScript(source());
        String json = (String) browser.executeAsyncScript(RUN);
        try {
            JsonNode results = JSON.readTree(json);
            if (results.has("error")) {
                throw new AssertionError("axe could not check " + view + ": " + results.get("error").asText());
            }
            Path file = E2E.outputDir().resolve("axe-" + Scenario.slug(view) + ".json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results),
                    StandardCharsets.UTF_8);
            return new AxeReport(view, file, results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized String source() {
        if (axeSource == null) {
            Path script = E2E.axeScript();
            try {
                axeSource = Files.readString(script, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + script.toAbsolutePath()
                        + ": the e2e profile installs it (npm install --prefix target/e2e-node axe-core)", e);
            }
        }
        return axeSource;
    }

    public String view() {
        return view;
    }

    /** The number of violated rules by impact, e.g. {serious=1, moderate=2}. */
    public Map<String, Integer> violationsByImpact() {
        Map<String, Integer> counts = new TreeMap<>();
        results.path("violations").forEach(v -> counts.merge(v.path("impact").asText("unknown"), 1, Integer::sum));
        return counts;
    }

    /** The serious and critical violations, one readable paragraph each; empty when there are none. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (JsonNode violation : results.path("violations")) {
            String impact = violation.path("impact").asText();
            if (!FAILING.contains(impact)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            text.append('[').append(impact).append("] ").append(violation.path("id").asText()).append(": ")
                    .append(violation.path("help").asText()).append(" (").append(violation.path("helpUrl").asText())
                    .append(')');
            for (JsonNode node : violation.path("nodes")) {
                text.append("\n      at ").append(node.path("target"))
                        .append("\n         ").append(node.path("html").asText())
                        .append("\n         ").append(node.path("failureSummary").asText().replace("\n", "\n         "));
            }
            failures.add(text.toString());
        }
        return failures;
    }

    /** Fails with the readable list of serious and critical violations. */
    public void assertNoSeriousViolations() {
        List<String> failures = failures();
        if (!failures.isEmpty()) {
            throw new AssertionError(describe());
        }
    }

    /** The report's summary and the readable list of its serious and critical violations. */
    public String describe() {
        StringBuilder text = new StringBuilder("axe on " + view + ": violations by impact " + violationsByImpact()
                + " (full results in " + file + ")");
        failures().forEach(failure -> text.append("\n  - ").append(failure));
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
