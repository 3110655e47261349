-- 会签: an issue whose review is a countersign of named reviewers, under a rule (see docs/APPROVAL-FLOW.md).
-- No row: the review is one decision of the reviewers group.
create table issue_countersign (
    issue_id  bigint       primary key references issue(id),
    rule      varchar(10)  not null check (rule in ('ALL', 'ANY')),
    set_by    bigint       not null references app_user(id),
    set_at    timestamptz  not null default now()
);

-- The members of a countersign in order; added_by is the member who added them mid-way (加签), null when chosen
-- with the countersign. decision is the member's decision in the current review round (null: not yet decided).
create table issue_countersign_member (
    issue_id   bigint       not null references issue(id),
    member_id  bigint       not null references app_user(id),
    position   integer      not null,
    added_by   bigint       references app_user(id),
    decision   varchar(10)  check (decision in ('APPROVE', 'RETURN')),
    decided_at timestamptz,
    primary key (issue_id, member_id)
);

-- The step a return sends the issue back to (退回至), shown to whoever receives it; null for other opinions.
alter table issue_opinion add column return_to varchar(20);
