package com.briefingdesk.e2e;

import java.nio.file.Path;

/**
 * Where the suite finds the running application, the browser and its tools: system properties that the e2e
 * profile of the pom passes to Failsafe. Defaults fit a manual run against {@code ./mvnw spring-boot:run}.
 */
final class E2E {

    private E2E() {
    }

    /** The application's root URL, ending in a slash. */
    static String baseUrl() {
        String url = System.getProperty("e2e.baseUrl", "http://localhost:8080/");
        return url.endsWith("/") ? url : url + "/";
    }

    static Path outputDir() {
        return Path.of(System.getProperty("e2e.outputDir", "target/e2e"));
    }

    static Path axeScript() {
        return Path.of(System.getProperty("e2e.axeScript", "target/e2e-node/node_modules/axe-core/axe.min.js"));
    }

    /** Debian's Chromium; never a browser downloaded by a test tool. */
    static String chrome() {
        return System.getProperty("e2e.chrome", "/usr/bin/chromium");
    }

    /** Debian's chromium-driver, given explicitly so that Selenium Manager never looks for one. */
    static String chromedriver() {
        return System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    }

    /** The password of every demo login. */
    static String demoPassword() {
        return System.getProperty("e2e.demoPassword", "demo123");
    }
}
