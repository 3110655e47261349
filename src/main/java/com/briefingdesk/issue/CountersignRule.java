package com.briefingdesk.issue;

/**
 * How the opinions of a countersign (会签) add up. ALL: approved when every member has approved; one return settles
 * it as returned. ANY: one approval settles it as approved; returned only when every member has returned, so that
 * no member is left who could still approve.
 */
public enum CountersignRule {
    ALL, ANY;

    public String messageKey() {
        return "flow.countersign.rule." + name();
    }
}
