-- Trigram indexes back the substring search on log messages and customers.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
