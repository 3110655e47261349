-- The date printed on an issue's masthead when the editor sets one (the day it is to go out); without it, the
-- date of sign-off.
alter table issue add column issue_date date;
