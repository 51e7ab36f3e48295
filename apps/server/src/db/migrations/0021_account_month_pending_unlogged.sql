-- The pending deltas of the account × month summary live only inside the transaction that notes them
-- (flushed and deleted at its commit): nothing in them needs to survive a crash, so they need no WAL.
-- A million-row import notes about 120,000 of them.
ALTER TABLE "economics_account_month_pending" SET UNLOGGED;
