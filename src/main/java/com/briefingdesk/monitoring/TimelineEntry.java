package com.briefingdesk.monitoring;

import java.time.Instant;

/**
 * One line of a process detail timeline, from whichever record it comes: the object's own events and opinions
 * (RECORD), the engine's history of steps (STEP), an administrator's act on a task (ADMIN), or a holder's (ACT).
 * {@code what} and {@code decision} are message keys, except a STEP's {@code what}, which is the step's name in the
 * person's language (see {@link com.briefingdesk.task.ActivityNames}).
 */
record TimelineEntry(Instant at, Source source, String what, String who, String decision, String opinion) {

    enum Source {
        RECORD, STEP, ADMIN, ACT;

        /** ACT, a holder's 转办 or 委派 or a deputy's taking a task, is named by the approval bundle. */
        String messageKey() {
            return (this == ACT ? "approval.source." : "monitoring.source.") + name();
        }
    }
}
