-- Failed logins per typed login name (known or not, so a lockout says nothing about who exists), and the time
-- until which the login is locked. A successful login or an administrator's unlock removes the row.
create table login_throttle (
    username        varchar(200) primary key,
    failures        integer      not null default 0,
    last_failure_at timestamptz  not null default now(),
    locked_until    timestamptz
);
