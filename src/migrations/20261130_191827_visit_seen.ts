import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Who was seen, per site, visitor (the day's hash) and page: one unlogged row per new visitor
  // and page in place of two logged rows with seven index entries and two foreign-key checks
  // (the flush's main cost). Outside Payload's schema on purpose: nothing but src/stats/ reads
  // it, rows live about an hour (purge), and a crash empties it (at worst a repeat visit inside
  // 30 minutes of a crash is counted again). The locking columns go first: Payload's generated
  // order dropped the tables (and with them these constraints) before dropping the constraints.
  await db.execute(sql`
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_visitors_fk";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_visit_online_fk";
  DROP INDEX "payload_locked_documents_rels_visit_visitors_id_idx";
  DROP INDEX "payload_locked_documents_rels_visit_online_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_visitors_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "visit_online_id";
  DROP TABLE "visit_visitors" CASCADE;
  DROP TABLE "visit_online" CASCADE;
  CREATE UNLOGGED TABLE "visit_seen" (
    "site_id" integer NOT NULL,
    "visitor" text COLLATE "C" NOT NULL,
    "path" text COLLATE "C" NOT NULL,
    "counted_at" timestamp(3) with time zone NOT NULL,
    "seen_at" timestamp(3) with time zone NOT NULL,
    PRIMARY KEY ("site_id", "visitor", "path")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE "visit_seen";
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
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_visitors_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "visit_online_id" integer;
  ALTER TABLE "visit_visitors" ADD CONSTRAINT "visit_visitors_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_online" ADD CONSTRAINT "visit_online_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "visit_visitors_site_idx" ON "visit_visitors" USING btree ("site_id");
  CREATE UNIQUE INDEX "day_site_path_visitor_idx" ON "visit_visitors" USING btree ("day","site_id","path","visitor");
  CREATE INDEX "visit_online_site_idx" ON "visit_online" USING btree ("site_id");
  CREATE INDEX "visit_online_seen_at_idx" ON "visit_online" USING btree ("seen_at");
  CREATE UNIQUE INDEX "site_visitor_idx" ON "visit_online" USING btree ("site_id","visitor");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_visitors_fk" FOREIGN KEY ("visit_visitors_id") REFERENCES "public"."visit_visitors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_online_fk" FOREIGN KEY ("visit_online_id") REFERENCES "public"."visit_online"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_visit_visitors_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_visitors_id");
  CREATE INDEX "payload_locked_documents_rels_visit_online_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_online_id");`)
}
