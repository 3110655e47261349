package com.briefingdesk.commission;

/** Where a target unit stands with a commission. MISSED: the deadline passed without an answer (late). */
public enum ResponseStatus {
    OPEN, ANSWERED, DECLINED, MISSED;

    public String messageKey() {
        return "commission.status." + name();
    }
}
