-- Indexes for the lookups measured in BENCHMARKS.md (issue 7).

-- Every task form and every step of a process finds its article or issue by the process instance: without these,
-- each lookup reads the whole table (100,000 articles: tens of milliseconds per form opened or task completed).
create index if not exists article_process_instance_idx on article (process_instance_id);
create index if not exists issue_process_instance_idx on issue (process_instance_id);

-- "My submissions": all of a unit's articles, newest activity first, whatever their status. The (unit, status,
-- updated_at) index serves one status at a time; this one gives the list in order without sorting it.
create index if not exists article_unit_updated_idx on article (unit_id, updated_at desc);
