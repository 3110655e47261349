package com.briefingdesk.monitoring;

import java.time.Instant;

/**
 * One line of a process detail timeline, from whichever record it comes: the object's own events and opinions
 * (RECORD), the engine's history of steps (STEP), or an administrator's act on a task (ADMIN). {@code what} and
 * {@code decision} are message keys, except a STEP's {@code what}, which is the step's name in the model.
 */
record TimelineEntry(Instant at, Source source, String what, String who, String decision, String opinion) {

    enum Source { RECORD, STEP, ADMIN }
}
