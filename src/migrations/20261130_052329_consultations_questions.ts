import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_consultation_feedback_flags" AS ENUM('tu-nghi-van', 'tu-cam-gan-dung', 'nhieu-lien-ket', 'honeypot');
  CREATE TYPE "public"."enum_consultation_feedback_status" AS ENUM('pending', 'approved', 'rejected', 'spam');
  CREATE TYPE "public"."enum_questions_flags" AS ENUM('tu-nghi-van', 'tu-cam-gan-dung', 'nhieu-lien-ket', 'honeypot');
  CREATE TYPE "public"."enum_questions_topic" AS ENUM('xay-dung-dang', 'dang-vien', 'chinh-sach', 'thu-tuc', 'khac');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('pending', 'answered', 'published', 'rejected', 'spam');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendQuestionAnswer';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendQuestionAnswer';
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"document_id" integer,
  	"summary" jsonb,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"closes_at" timestamp(3) with time zone NOT NULL,
  	"receiving_email" varchar NOT NULL,
  	"feedback_summary" jsonb,
  	"published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consultation_feedback_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_consultation_feedback_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "consultation_feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"consultation_id" integer NOT NULL,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar,
  	"content" varchar NOT NULL,
  	"ip_hash" varchar,
  	"status" "enum_consultation_feedback_status" DEFAULT 'pending' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "questions_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_questions_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar NOT NULL,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar,
  	"content" varchar NOT NULL,
  	"ip_hash" varchar,
  	"topic" "enum_questions_topic",
  	"assignee_id" integer,
  	"answer" jsonb,
  	"status" "enum_questions_status" DEFAULT 'pending' NOT NULL,
  	"answered_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"answer_emailed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consultation_feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_feedback_flags" ADD CONSTRAINT "consultation_feedback_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultation_feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_feedback" ADD CONSTRAINT "consultation_feedback_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_flags" ADD CONSTRAINT "questions_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "consultations_site_idx" ON "consultations" USING btree ("site_id");
  CREATE INDEX "consultations_slug_idx" ON "consultations" USING btree ("slug");
  CREATE INDEX "consultations_document_idx" ON "consultations" USING btree ("document_id");
  CREATE INDEX "consultations_published_idx" ON "consultations" USING btree ("published");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_slug_4_idx" ON "consultations" USING btree ("site_id","slug");
  CREATE INDEX "consultation_feedback_flags_order_idx" ON "consultation_feedback_flags" USING btree ("order");
  CREATE INDEX "consultation_feedback_flags_parent_idx" ON "consultation_feedback_flags" USING btree ("parent_id");
  CREATE INDEX "consultation_feedback_site_idx" ON "consultation_feedback" USING btree ("site_id");
  CREATE INDEX "consultation_feedback_consultation_idx" ON "consultation_feedback" USING btree ("consultation_id");
  CREATE INDEX "consultation_feedback_ip_hash_idx" ON "consultation_feedback" USING btree ("ip_hash");
  CREATE INDEX "consultation_feedback_status_idx" ON "consultation_feedback" USING btree ("status");
  CREATE INDEX "consultation_feedback_updated_at_idx" ON "consultation_feedback" USING btree ("updated_at");
  CREATE INDEX "consultation_feedback_created_at_idx" ON "consultation_feedback" USING btree ("created_at");
  CREATE INDEX "questions_flags_order_idx" ON "questions_flags" USING btree ("order");
  CREATE INDEX "questions_flags_parent_idx" ON "questions_flags" USING btree ("parent_id");
  CREATE INDEX "questions_site_idx" ON "questions" USING btree ("site_id");
  CREATE INDEX "questions_ip_hash_idx" ON "questions" USING btree ("ip_hash");
  CREATE INDEX "questions_topic_idx" ON "questions" USING btree ("topic");
  CREATE INDEX "questions_assignee_idx" ON "questions" USING btree ("assignee_id");
  CREATE INDEX "questions_status_idx" ON "questions" USING btree ("status");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_feedback_fk" FOREIGN KEY ("consultation_feedback_id") REFERENCES "public"."consultation_feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_feedback_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "consultations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultation_feedback_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultation_feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "consultation_feedback_flags" CASCADE;
  DROP TABLE "consultation_feedback" CASCADE;
  DROP TABLE "questions_flags" CASCADE;
  DROP TABLE "questions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consultation_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduledArticle', 'syncArticleToSearch', 'dailyBackup', 'extractDocumentFileText');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduledArticle', 'syncArticleToSearch', 'dailyBackup', 'extractDocumentFileText');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_consultations_id_idx";
  DROP INDEX "payload_locked_documents_rels_consultation_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consultation_feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  DROP TYPE "public"."enum_consultation_feedback_flags";
  DROP TYPE "public"."enum_consultation_feedback_status";
  DROP TYPE "public"."enum_questions_flags";
  DROP TYPE "public"."enum_questions_topic";
  DROP TYPE "public"."enum_questions_status";`)
}
