package com.briefingdesk.archive;

import com.briefingdesk.issue.Issue;
import java.util.List;

/** What one search of the archive found; {@code more} when it found more issues than it shows. */
public record ArchiveHits(List<Issue> issues, boolean more) { }
