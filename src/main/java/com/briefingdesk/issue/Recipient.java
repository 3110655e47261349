package com.briefingdesk.issue;

/** One name on a line of the 版记: a unit of the directory, or a named group such as 省文明委主任、副主任、委员. */
public record Recipient(RecipientLine line, String label, Long unitId) { }
