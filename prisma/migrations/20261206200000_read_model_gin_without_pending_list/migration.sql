-- Every write looks up the pages and changes it touches through these two GIN indexes, and every
-- page build rewrites ReadDocument rows (about 40 dependency keys each). With GIN's fast update,
-- those rewrites pile up in the index's pending list, which every lookup scans whole; once it
-- holds a few hundred pages the planner prefers a sequential scan of the table, and a write's
-- invalidation took 19 ms on 4,000 pages instead of 0.6 ms (it grows with the number of pages).
-- Without the pending list each entry goes straight into the index: a build's store costs a
-- little more, every lookup stays an index scan.
ALTER INDEX "ReadDocument_dependsOn_idx" SET (fastupdate = off);
ALTER INDEX "PublicChange_keys_idx" SET (fastupdate = off);
-- What is already pending moves into the index now.
SELECT gin_clean_pending_list('"ReadDocument_dependsOn_idx"'::regclass);
SELECT gin_clean_pending_list('"PublicChange_keys_idx"'::regclass);
