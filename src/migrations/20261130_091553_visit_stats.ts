import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "visit_visitors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"site_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"visitor" varchar NOT NULL,
  	"counted_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "visit_online" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"visitor" varchar NOT NULL,
  	"seen_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "visit_page_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"article_id" integer,
  	"visits" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "visit_site_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"visits" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "visit_hours" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"hour" timestamp(3) with time zone NOT NULL,
  	"visits" numeric DEFAULT 0 NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_visitors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_online_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_page_days_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_site_days_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_hours_id" integer;
  ALTER TABLE "visit_visitors" ADD CONSTRAINT "visit_visitors_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_online" ADD CONSTRAINT "visit_online_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_page_days" ADD CONSTRAINT "visit_page_days_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_page_days" ADD CONSTRAINT "visit_page_days_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_site_days" ADD CONSTRAINT "visit_site_days_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_hours" ADD CONSTRAINT "visit_hours_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "visit_visitors_site_idx" ON "visit_visitors" USING btree ("site_id");
  CREATE UNIQUE INDEX "day_site_path_visitor_idx" ON "visit_visitors" USING btree ("day","site_id","path","visitor");
  CREATE INDEX "visit_online_site_idx" ON "visit_online" USING btree ("site_id");
  CREATE INDEX "visit_online_seen_at_idx" ON "visit_online" USING btree ("seen_at");
  CREATE UNIQUE INDEX "site_visitor_idx" ON "visit_online" USING btree ("site_id","visitor");
  CREATE INDEX "visit_page_days_site_idx" ON "visit_page_days" USING btree ("site_id");
  CREATE INDEX "visit_page_days_article_idx" ON "visit_page_days" USING btree ("article_id");
  CREATE UNIQUE INDEX "site_day_path_idx" ON "visit_page_days" USING btree ("site_id","day","path");
  CREATE INDEX "visit_site_days_site_idx" ON "visit_site_days" USING btree ("site_id");
  CREATE UNIQUE INDEX "site_day_idx" ON "visit_site_days" USING btree ("site_id","day");
  CREATE INDEX "visit_hours_site_idx" ON "visit_hours" USING btree ("site_id");
  CREATE UNIQUE INDEX "site_hour_idx" ON "visit_hours" USING btree ("site_id","hour");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_visitors_fk" FOREIGN KEY ("visit_visitors_id") REFERENCES "public"."visit_visitors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_online_fk" FOREIGN KEY ("visit_online_id") REFERENCES "public"."visit_online"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_page_days_fk" FOREIGN KEY ("visit_page_days_id") REFERENCES "public"."visit_page_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_site_days_fk" FOREIGN KEY ("visit_site_days_id") REFERENCES "public"."visit_site_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_hours_fk" FOREIGN KEY ("visit_hours_id") REFERENCES "public"."visit_hours"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_visit_visitors_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_visitors_id");
  CREATE INDEX "payload_locked_documents_rels_visit_online_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_online_id");
  CREATE INDEX "payload_locked_documents_rels_visit_page_days_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_page_days_id");
  CREATE INDEX "payload_locked_documents_rels_visit_site_days_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_site_days_id");
  CREATE INDEX "payload_locked_documents_rels_visit_hours_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_hours_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "visit_visitors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_online" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_page_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_site_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "visit_hours" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "visit_visitors" CASCADE;
  DROP TABLE "visit_online" CASCADE;
  DROP TABLE "visit_page_days" CASCADE;
  DROP TABLE "visit_site_days" CASCADE;
  DROP TABLE "visit_hours" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_visitors_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_online_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_page_days_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_site_days_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_hours_fk";
  
  DROP INDEX "payload_locked_documents_rels_visit_visitors_id_idx";
  DROP INDEX "payload_locked_documents_rels_visit_online_id_idx";
  DROP INDEX "payload_locked_documents_rels_visit_page_days_id_idx";
  DROP INDEX "payload_locked_documents_rels_visit_site_days_id_idx";
  DROP INDEX "payload_locked_documents_rels_visit_hours_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_visitors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_online_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_page_days_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_site_days_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_hours_id";`)
}
