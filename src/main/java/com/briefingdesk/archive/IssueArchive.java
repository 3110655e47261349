package com.briefingdesk.archive;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Every published issue by series, year and number. The provincial office searches them all; a recipient only
 * those circulated to their unit; nobody else any.
 */
@Service
public class IssueArchive {

    /** The most issues one search shows: a search finding more says so, and asks to be narrowed. */
    static final int MAX_HITS = 200;

    private final ArchiveRepository archive;
    private final IssueService issues;
    private final int maxHits;

    @Autowired
    IssueArchive(ArchiveRepository archive, IssueService issues) {
        this(archive, issues, MAX_HITS);
    }

    IssueArchive(ArchiveRepository archive, IssueService issues, int maxHits) {
        this.archive = archive;
        this.issues = issues;
        this.maxHits = maxHits;
    }

    public static boolean mayUse(AppUser user) {
        return office(user) || user.has(Role.RECIPIENT);
    }

    public ArchiveHits search(AppUser user, ArchiveQuery query) {
        Map<String, String> problems = query.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!mayUse(user)) {
            return new ArchiveHits(List.of(), false);
        }
        Long receivingUnit = office(user) ? null : user.unitId();
        List<Long> found = archive.search(query, receivingUnit, maxHits + 1);
        return new ArchiveHits(issues.load(found.subList(0, Math.min(maxHits, found.size()))),
                found.size() > maxHits);
    }

    private static boolean office(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY) || user.has(Role.ADMIN);
    }
}
