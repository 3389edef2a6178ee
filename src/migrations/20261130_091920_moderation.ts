import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comment_closures_state" AS ENUM('closed', 'open');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyCommenter';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyCommenter';
  CREATE TABLE "comment_closures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"state" "enum_comment_closures_state" NOT NULL,
  	"changed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "email_opt_outs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email_hash" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "comments" ADD COLUMN "matched_words" jsonb;
  ALTER TABLE "comments" ADD COLUMN "commenter_notified_at" timestamp(3) with time zone;
  ALTER TABLE "sites" ADD COLUMN "settings_comments_close_after_days" numeric DEFAULT 0;
  ALTER TABLE "consultation_feedback" ADD COLUMN "matched_words" jsonb;
  ALTER TABLE "questions" ADD COLUMN "matched_words" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comment_closures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "email_opt_outs_id" integer;
  ALTER TABLE "comment_closures" ADD CONSTRAINT "comment_closures_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comment_closures" ADD CONSTRAINT "comment_closures_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "comment_closures_article_idx" ON "comment_closures" USING btree ("article_id");
  CREATE INDEX "comment_closures_changed_by_idx" ON "comment_closures" USING btree ("changed_by_id");
  CREATE INDEX "comment_closures_updated_at_idx" ON "comment_closures" USING btree ("updated_at");
  CREATE INDEX "comment_closures_created_at_idx" ON "comment_closures" USING btree ("created_at");
  CREATE UNIQUE INDEX "email_opt_outs_email_hash_idx" ON "email_opt_outs" USING btree ("email_hash");
  CREATE INDEX "email_opt_outs_updated_at_idx" ON "email_opt_outs" USING btree ("updated_at");
  CREATE INDEX "email_opt_outs_created_at_idx" ON "email_opt_outs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comment_closures_fk" FOREIGN KEY ("comment_closures_id") REFERENCES "public"."comment_closures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_email_opt_outs_fk" FOREIGN KEY ("email_opt_outs_id") REFERENCES "public"."email_opt_outs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_comment_closures_id_idx" ON "payload_locked_documents_rels" USING btree ("comment_closures_id");
  CREATE INDEX "payload_locked_documents_rels_email_opt_outs_id_idx" ON "payload_locked_documents_rels" USING btree ("email_opt_outs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comment_closures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "email_opt_outs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comment_closures" CASCADE;
  DROP TABLE "email_opt_outs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comment_closures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_email_opt_outs_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduledArticle', 'syncArticleToSearch', 'dailyBackup', 'extractDocumentFileText', 'sendQuestionAnswer');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduledArticle', 'syncArticleToSearch', 'dailyBackup', 'extractDocumentFileText', 'sendQuestionAnswer');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_comment_closures_id_idx";
  DROP INDEX "payload_locked_documents_rels_email_opt_outs_id_idx";
  ALTER TABLE "comments" DROP COLUMN "matched_words";
  ALTER TABLE "comments" DROP COLUMN "commenter_notified_at";
  ALTER TABLE "sites" DROP COLUMN "settings_comments_close_after_days";
  ALTER TABLE "consultation_feedback" DROP COLUMN "matched_words";
  ALTER TABLE "questions" DROP COLUMN "matched_words";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comment_closures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "email_opt_outs_id";
  DROP TYPE "public"."enum_comment_closures_state";`)
}
