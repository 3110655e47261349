package com.briefingdesk.audit;

import java.time.Instant;

/** One row of the audit trail. {@code actor} is null for what the system did on its own. */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String objectType, String objectId,
                         String detail, String clientIp, String userAgent) {
}
