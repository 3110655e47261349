package com.briefingdesk.issue;

import com.briefingdesk.approval.ReadingSubjects;
import com.briefingdesk.identity.AppUser;
import com.briefingdesk.kernel.NotFoundException;
import com.briefingdesk.kernel.OfficeClock;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** An issue sent for reading (抄送/传阅): its title, and its layout as the preview shows it. */
@org.springframework.stereotype.Component
class IssueReadingSubjects implements ReadingSubjects {

    private final IssueService issues;
    private final IssueRepository repository;
    private final OfficeClock clock;

    IssueReadingSubjects(IssueService issues, IssueRepository repository, OfficeClock clock) {
        this.issues = issues;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return ISSUE;
    }

    @Override
    public Optional<String> titleFor(AppUser user, long id) {
        try {
            return Optional.of(issues.find(user, id).title());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String title(long id) {
        return issues.load(id).title();
    }

    @Override
    public Component content(long id) {
        IssuePreview preview = new IssuePreview(clock);
        preview.show(issues.load(id));
        return preview;
    }

    @Override
    public Optional<Long> ofProcessInstance(String processInstanceId) {
        return repository.findByProcessInstance(processInstanceId).map(IssueRepository.Row::id);
    }
}
