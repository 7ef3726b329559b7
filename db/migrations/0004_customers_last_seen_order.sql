DROP INDEX "customers_last_seen_idx";--> statement-breakpoint
CREATE INDEX "customers_last_seen_idx" ON "customers" USING btree ("last_seen_at" DESC NULLS LAST,"id" DESC NULLS FIRST);