import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_audio_voice" AS ENUM('nu', 'nam');
  CREATE TYPE "public"."enum__articles_v_version_audio_voice" AS ENUM('nu', 'nam');
  CREATE TYPE "public"."enum_article_audio_origin" AS ENUM('upload', 'generated');
  CREATE TYPE "public"."enum_article_audio_voice" AS ENUM('nu', 'nam');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'makeArticleAudio';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'makeArticleAudio';
  CREATE TABLE "articles_audio" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"voice" "enum_articles_audio_voice",
  	"file_id" integer
  );
  
  CREATE TABLE "_articles_v_version_audio" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"voice" "enum__articles_v_version_audio_voice",
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "article_audio" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"origin" "enum_article_audio_origin" DEFAULT 'upload' NOT NULL,
  	"article_id" integer,
  	"voice" "enum_article_audio_voice",
  	"duration" numeric,
  	"text_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "article_audio_id" integer;
  ALTER TABLE "articles_audio" ADD CONSTRAINT "articles_audio_file_id_article_audio_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."article_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_audio" ADD CONSTRAINT "articles_audio_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_audio" ADD CONSTRAINT "_articles_v_version_audio_file_id_article_audio_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."article_audio"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_version_audio" ADD CONSTRAINT "_articles_v_version_audio_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "article_audio" ADD CONSTRAINT "article_audio_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "article_audio" ADD CONSTRAINT "article_audio_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_audio_order_idx" ON "articles_audio" USING btree ("_order");
  CREATE INDEX "articles_audio_parent_id_idx" ON "articles_audio" USING btree ("_parent_id");
  CREATE INDEX "articles_audio_file_idx" ON "articles_audio" USING btree ("file_id");
  CREATE INDEX "_articles_v_version_audio_order_idx" ON "_articles_v_version_audio" USING btree ("_order");
  CREATE INDEX "_articles_v_version_audio_parent_id_idx" ON "_articles_v_version_audio" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_audio_file_idx" ON "_articles_v_version_audio" USING btree ("file_id");
  CREATE INDEX "article_audio_site_idx" ON "article_audio" USING btree ("site_id");
  CREATE INDEX "article_audio_origin_idx" ON "article_audio" USING btree ("origin");
  CREATE INDEX "article_audio_article_idx" ON "article_audio" USING btree ("article_id");
  CREATE INDEX "article_audio_updated_at_idx" ON "article_audio" USING btree ("updated_at");
  CREATE INDEX "article_audio_created_at_idx" ON "article_audio" USING btree ("created_at");
  CREATE UNIQUE INDEX "article_audio_filename_idx" ON "article_audio" USING btree ("filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_article_audio_fk" FOREIGN KEY ("article_audio_id") REFERENCES "public"."article_audio"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_article_audio_id_idx" ON "payload_locked_documents_rels" USING btree ("article_audio_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_audio" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_audio" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "article_audio" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_audio" CASCADE;
  DROP TABLE "_articles_v_version_audio" CASCADE;
  DROP TABLE "article_audio" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_article_audio_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduledArticle', 'syncArticleToSearch', 'dailyBackup', 'extractDocumentFileText', 'sendQuestionAnswer');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduledArticle', 'syncArticleToSearch', 'dailyBackup', 'extractDocumentFileText', 'sendQuestionAnswer');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_article_audio_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "article_audio_id";
  DROP TYPE "public"."enum_articles_audio_voice";
  DROP TYPE "public"."enum__articles_v_version_audio_voice";
  DROP TYPE "public"."enum_article_audio_origin";
  DROP TYPE "public"."enum_article_audio_voice";`)
}
