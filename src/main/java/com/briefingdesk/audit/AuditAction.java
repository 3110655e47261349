package com.briefingdesk.audit;

/** What was done. Stored by name; each has its label in the audit bundle ({@code audit.action.<NAME>}). */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    ARTICLE_SUBMITTED,
    ARTICLE_WITHDRAWN,
    ARTICLE_EDITED,
    ISSUE_STARTED,
    /** A human task decided: triage, revision, compose, proofread, review, sign-off, receipt; the decision in the detail. */
    TASK_COMPLETED,
    ISSUE_PUBLISHED,
    RECEIPT_ACKNOWLEDGED,
    RECEIPT_REMINDED,
    COMMISSION_ISSUED,
    /** The units that had not answered a commission (约稿), reminded by an editor at once; the unit in the detail. */
    COMMISSION_REMINDED,
    TASK_REASSIGNED,
    TASK_DUE_DATE_SET,
    TASK_REMINDED,
    TASK_HANDED_OVER,
    TASK_RETURNED_TO_GROUP,
    TASK_TRANSFERRED,
    TASK_DELEGATED,
    TASK_DELEGATION_ANSWERED,
    TASK_DEPUTIZED,
    UNIT_CREATED,
    USER_CREATED,
    /** Name, e-mail, phone or roles changed by an administrator; what changed in the detail. */
    USER_UPDATED,
    USER_DEACTIVATED,
    PASSWORD_RESET,
    /** A person chose a new password for themselves. */
    PASSWORD_CHANGED
}
