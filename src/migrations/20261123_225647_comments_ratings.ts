import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_comments_flags" AS ENUM('tu-nghi-van', 'nhieu-lien-ket', 'honeypot');
  CREATE TYPE "public"."enum_comments_status" AS ENUM('pending', 'approved', 'rejected', 'spam');
  CREATE TYPE "public"."enum_comments_rejection_reason" AS ENUM('chong-nha-nuoc', 'kich-dong', 'xuc-pham', 'sai-su-that', 'chia-re', 'thuan-phong', 'quang-cao', 'khac');
  CREATE TABLE "comments_flags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_comments_flags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "comments_moderation_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone,
  	"from" varchar,
  	"to" varchar,
  	"reason" varchar
  );
  
  CREATE TABLE "comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"article_id" integer NOT NULL,
  	"parent_id" integer,
  	"author_name" varchar NOT NULL,
  	"author_email" varchar,
  	"status" "enum_comments_status" DEFAULT 'pending' NOT NULL,
  	"rejection_reason" "enum_comments_rejection_reason",
  	"rejection_note" varchar,
  	"ip_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ratings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"visitor" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "moderation_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"banned_words" varchar,
  	"suspect_words" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "comments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "ratings_id" integer;
  ALTER TABLE "comments_flags" ADD CONSTRAINT "comments_flags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments_moderation_log" ADD CONSTRAINT "comments_moderation_log_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments_moderation_log" ADD CONSTRAINT "comments_moderation_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ratings" ADD CONSTRAINT "ratings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "comments_flags_order_idx" ON "comments_flags" USING btree ("order");
  CREATE INDEX "comments_flags_parent_idx" ON "comments_flags" USING btree ("parent_id");
  CREATE INDEX "comments_moderation_log_order_idx" ON "comments_moderation_log" USING btree ("_order");
  CREATE INDEX "comments_moderation_log_parent_id_idx" ON "comments_moderation_log" USING btree ("_parent_id");
  CREATE INDEX "comments_moderation_log_by_idx" ON "comments_moderation_log" USING btree ("by_id");
  CREATE INDEX "comments_article_idx" ON "comments" USING btree ("article_id");
  CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");
  CREATE INDEX "comments_status_idx" ON "comments" USING btree ("status");
  CREATE INDEX "comments_ip_hash_idx" ON "comments" USING btree ("ip_hash");
  CREATE INDEX "comments_updated_at_idx" ON "comments" USING btree ("updated_at");
  CREATE INDEX "comments_created_at_idx" ON "comments" USING btree ("created_at");
  CREATE INDEX "ratings_article_idx" ON "ratings" USING btree ("article_id");
  CREATE INDEX "ratings_updated_at_idx" ON "ratings" USING btree ("updated_at");
  CREATE INDEX "ratings_created_at_idx" ON "ratings" USING btree ("created_at");
  CREATE UNIQUE INDEX "article_visitor_idx" ON "ratings" USING btree ("article_id","visitor");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_comments_fk" FOREIGN KEY ("comments_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ratings_fk" FOREIGN KEY ("ratings_id") REFERENCES "public"."ratings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("comments_id");
  CREATE INDEX "payload_locked_documents_rels_ratings_id_idx" ON "payload_locked_documents_rels" USING btree ("ratings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments_flags" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments_moderation_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "ratings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "moderation_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "comments_flags" CASCADE;
  DROP TABLE "comments_moderation_log" CASCADE;
  DROP TABLE "comments" CASCADE;
  DROP TABLE "ratings" CASCADE;
  DROP TABLE "moderation_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_comments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_ratings_fk";
  
  DROP INDEX "payload_locked_documents_rels_comments_id_idx";
  DROP INDEX "payload_locked_documents_rels_ratings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "comments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "ratings_id";
  DROP TYPE "public"."enum_comments_flags";
  DROP TYPE "public"."enum_comments_status";
  DROP TYPE "public"."enum_comments_rejection_reason";`)
}
