package com.briefingdesk.layout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often an open screen asks the server whether others' work changed what it shows: a unit's article reaches
 * the editor's 待办 while the editor looks at it, without a reload.
 */
@ConfigurationProperties("briefing.ui")
public record ScreenRefresh(@DefaultValue("PT30S") Duration refresh) {

    public ScreenRefresh {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("briefing.ui.refresh must be positive, not " + refresh);
        }
    }

    int millis() {
        return Math.toIntExact(refresh.toMillis());
    }
}
