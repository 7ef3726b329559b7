DROP INDEX "log_files_identity_key";--> statement-breakpoint
ALTER TABLE "log_files" ADD COLUMN "date_from_name" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "log_files_identity_key" ON "log_files" USING btree ("server_id","fingerprint","head_length","start_date");