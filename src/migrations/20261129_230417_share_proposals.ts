import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_share_proposals_status" AS ENUM('pending', 'accepted', 'declined');
  CREATE TABLE "share_proposals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"from_site_id" integer NOT NULL,
  	"to_site_id" integer NOT NULL,
  	"status" "enum_share_proposals_status" DEFAULT 'pending' NOT NULL,
  	"proposed_by_id" integer,
  	"note" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"decision_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "share_proposals_id" integer;
  ALTER TABLE "share_proposals" ADD CONSTRAINT "share_proposals_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "share_proposals" ADD CONSTRAINT "share_proposals_from_site_id_sites_id_fk" FOREIGN KEY ("from_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "share_proposals" ADD CONSTRAINT "share_proposals_to_site_id_sites_id_fk" FOREIGN KEY ("to_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "share_proposals" ADD CONSTRAINT "share_proposals_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "share_proposals" ADD CONSTRAINT "share_proposals_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "share_proposals_article_idx" ON "share_proposals" USING btree ("article_id");
  CREATE INDEX "share_proposals_from_site_idx" ON "share_proposals" USING btree ("from_site_id");
  CREATE INDEX "share_proposals_to_site_idx" ON "share_proposals" USING btree ("to_site_id");
  CREATE INDEX "share_proposals_status_idx" ON "share_proposals" USING btree ("status");
  CREATE INDEX "share_proposals_proposed_by_idx" ON "share_proposals" USING btree ("proposed_by_id");
  CREATE INDEX "share_proposals_decided_by_idx" ON "share_proposals" USING btree ("decided_by_id");
  CREATE INDEX "share_proposals_updated_at_idx" ON "share_proposals" USING btree ("updated_at");
  CREATE INDEX "share_proposals_created_at_idx" ON "share_proposals" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_share_proposals_fk" FOREIGN KEY ("share_proposals_id") REFERENCES "public"."share_proposals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_share_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("share_proposals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "share_proposals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "share_proposals" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_share_proposals_fk";
  
  DROP INDEX "payload_locked_documents_rels_share_proposals_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "share_proposals_id";
  DROP TYPE "public"."enum_share_proposals_status";`)
}
