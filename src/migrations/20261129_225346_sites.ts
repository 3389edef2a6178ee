import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_sites_roles" AS ENUM('admin', 'editor-in-chief', 'editor', 'reporter', 'moderator');
  CREATE TABLE "users_sites_roles" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_users_sites_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sites" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"parent_id" integer,
  	"settings_portal_name" varchar,
  	"settings_party_committee" varchar,
  	"settings_logo_id" integer,
  	"settings_address" varchar,
  	"settings_phone" varchar,
  	"settings_email" varchar,
  	"settings_responsible_person" varchar,
  	"settings_licence" varchar,
  	"settings_footer_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  -- Hand-written: the one site that existed becomes the main site, with the settings the
  -- site-settings global held (its name from them, else "Trang chính"). Every install has a main
  -- site from here on, so a create that names no site always has one to go to.
  INSERT INTO "sites" ("name", "slug", "settings_portal_name", "settings_party_committee",
    "settings_logo_id", "settings_address", "settings_phone", "settings_email",
    "settings_responsible_person", "settings_licence", "settings_footer_text")
  SELECT coalesce(nullif(s.party_committee, ''), nullif(s.portal_name, ''), 'Trang chính'), 'trang-chinh',
    s.portal_name, s.party_committee, s.logo_id, s.address, s.phone, s.email,
    s.responsible_person, s.licence, s.footer_text
  FROM (SELECT 1) AS one LEFT JOIN (SELECT * FROM "site_settings" ORDER BY id LIMIT 1) AS s ON true;
  ALTER TABLE "site_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_settings" CASCADE;
  DROP INDEX "articles_slug_idx";
  DROP INDEX "categories_slug_idx";
  ALTER TABLE "articles" ADD COLUMN "site_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_site_id" integer;
  ALTER TABLE "categories" ADD COLUMN "site_id" integer;
  ALTER TABLE "media" ADD COLUMN "site_id" integer;
  ALTER TABLE "banners" ADD COLUMN "site_id" integer;
  ALTER TABLE "comments" ADD COLUMN "site_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "sites_id" integer;
  -- Hand-written: everything that existed belongs to the main site, and every row must name a
  -- site from now on (a site with content cannot be deleted: src/collections/Sites).
  UPDATE "articles" SET "site_id" = (SELECT min(id) FROM "sites");
  UPDATE "_articles_v" SET "version_site_id" = (SELECT min(id) FROM "sites");
  UPDATE "categories" SET "site_id" = (SELECT min(id) FROM "sites");
  UPDATE "media" SET "site_id" = (SELECT min(id) FROM "sites");
  UPDATE "banners" SET "site_id" = (SELECT min(id) FROM "sites");
  UPDATE "comments" SET "site_id" = (SELECT min(id) FROM "sites");
  ALTER TABLE "articles" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "categories" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "media" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "banners" ALTER COLUMN "site_id" SET NOT NULL;
  ALTER TABLE "comments" ALTER COLUMN "site_id" SET NOT NULL;
  -- Exactly one main site: at most one row without a parent.
  CREATE UNIQUE INDEX "sites_one_main_idx" ON "sites" ((true)) WHERE "parent_id" IS NULL;
  ALTER TABLE "users_sites_roles" ADD CONSTRAINT "users_sites_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users_sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sites" ADD CONSTRAINT "users_sites_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sites" ADD CONSTRAINT "users_sites_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_parent_id_sites_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_settings_logo_id_media_id_fk" FOREIGN KEY ("settings_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_texts" ADD CONSTRAINT "sites_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sites_roles_order_idx" ON "users_sites_roles" USING btree ("order");
  CREATE INDEX "users_sites_roles_parent_idx" ON "users_sites_roles" USING btree ("parent_id");
  CREATE INDEX "users_sites_order_idx" ON "users_sites" USING btree ("_order");
  CREATE INDEX "users_sites_parent_id_idx" ON "users_sites" USING btree ("_parent_id");
  CREATE INDEX "users_sites_site_idx" ON "users_sites" USING btree ("site_id");
  CREATE UNIQUE INDEX "sites_slug_idx" ON "sites" USING btree ("slug");
  CREATE INDEX "sites_parent_idx" ON "sites" USING btree ("parent_id");
  CREATE INDEX "sites_settings_settings_logo_idx" ON "sites" USING btree ("settings_logo_id");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE INDEX "sites_texts_order_parent" ON "sites_texts" USING btree ("order","parent_id");
  CREATE INDEX "sites_texts_text_idx" ON "sites_texts" USING btree ("text");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "banners" ADD CONSTRAINT "banners_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comments" ADD CONSTRAINT "comments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_site_idx" ON "articles" USING btree ("site_id");
  CREATE UNIQUE INDEX "site_slug_idx" ON "articles" USING btree ("site_id","slug");
  CREATE INDEX "_articles_v_version_version_site_idx" ON "_articles_v" USING btree ("version_site_id");
  CREATE INDEX "version_site_version_slug_idx" ON "_articles_v" USING btree ("version_site_id","version_slug");
  CREATE INDEX "categories_site_idx" ON "categories" USING btree ("site_id");
  CREATE UNIQUE INDEX "site_slug_1_idx" ON "categories" USING btree ("site_id","slug");
  CREATE INDEX "media_site_idx" ON "media" USING btree ("site_id");
  CREATE INDEX "banners_site_idx" ON "banners" USING btree ("site_id");
  CREATE INDEX "comments_site_idx" ON "comments" USING btree ("site_id");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"portal_name" varchar DEFAULT 'Cổng thông tin điện tử' NOT NULL,
  	"party_committee" varchar,
  	"logo_id" integer,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"responsible_person" varchar,
  	"licence" varchar,
  	"footer_text" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_sites_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_sites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "sites_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_sites_roles" CASCADE;
  DROP TABLE "users_sites" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "sites_texts" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT IF EXISTS "articles_site_id_sites_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT IF EXISTS "_articles_v_version_site_id_sites_id_fk";
  
  ALTER TABLE "categories" DROP CONSTRAINT IF EXISTS "categories_site_id_sites_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT IF EXISTS "media_site_id_sites_id_fk";
  
  ALTER TABLE "banners" DROP CONSTRAINT IF EXISTS "banners_site_id_sites_id_fk";
  
  ALTER TABLE "comments" DROP CONSTRAINT IF EXISTS "comments_site_id_sites_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_sites_fk";
  
  DROP INDEX "articles_site_idx";
  DROP INDEX "site_slug_idx";
  DROP INDEX "_articles_v_version_version_site_idx";
  DROP INDEX "version_site_version_slug_idx";
  DROP INDEX "categories_site_idx";
  DROP INDEX "site_slug_1_idx";
  DROP INDEX "media_site_idx";
  DROP INDEX "banners_site_idx";
  DROP INDEX "comments_site_idx";
  DROP INDEX "payload_locked_documents_rels_sites_id_idx";
  DROP INDEX "articles_slug_idx";
  DROP INDEX "categories_slug_idx";
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_logo_idx" ON "site_settings" USING btree ("logo_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  ALTER TABLE "articles" DROP COLUMN "site_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_site_id";
  ALTER TABLE "categories" DROP COLUMN "site_id";
  ALTER TABLE "media" DROP COLUMN "site_id";
  ALTER TABLE "banners" DROP COLUMN "site_id";
  ALTER TABLE "comments" DROP COLUMN "site_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "sites_id";
  DROP TYPE "public"."enum_users_sites_roles";`)
}
