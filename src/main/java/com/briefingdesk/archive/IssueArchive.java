package com.briefingdesk.archive;

import com.briefingdesk.identity.AppUser;
import com.briefingdesk.identity.Role;
import com.briefingdesk.issue.Issue;
import com.briefingdesk.issue.IssueService;
import com.briefingdesk.kernel.ValidationException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Every published issue by series, year and number. The provincial office searches them all; a recipient only
 * those circulated to their unit; nobody else any.
 */
@Service
public class IssueArchive {

    private final ArchiveRepository archive;
    private final IssueService issues;

    IssueArchive(ArchiveRepository archive, IssueService issues) {
        this.archive = archive;
        this.issues = issues;
    }

    public static boolean mayUse(AppUser user) {
        return office(user) || user.has(Role.RECIPIENT);
    }

    public List<Issue> search(AppUser user, ArchiveQuery query) {
        Map<String, String> problems = query.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!mayUse(user)) {
            return List.of();
        }
        Long receivingUnit = office(user) ? null : user.unitId();
        return archive.search(query, receivingUnit).stream().map(issues::load).toList();
    }

    private static boolean office(AppUser user) {
        return user.has(Role.EDITOR) || user.has(Role.REVIEWER) || user.has(Role.SIGNATORY) || user.has(Role.ADMIN);
    }
}
