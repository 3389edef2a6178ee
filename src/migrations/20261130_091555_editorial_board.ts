import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_correction" AS ENUM('draft', 'in_review');
  CREATE TYPE "public"."enum__articles_v_version_correction" AS ENUM('draft', 'in_review');
  CREATE TYPE "public"."enum_documents_correction" AS ENUM('draft', 'in_review');
  CREATE TYPE "public"."enum__documents_v_version_correction" AS ENUM('draft', 'in_review');
  CREATE TYPE "public"."enum_pages_correction" AS ENUM('draft', 'in_review');
  CREATE TYPE "public"."enum__pages_v_version_correction" AS ENUM('draft', 'in_review');
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "last_content_editor_id" integer;
  ALTER TABLE "articles" ADD COLUMN "correction" "enum_articles_correction";
  ALTER TABLE "_articles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_last_content_editor_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_correction" "enum__articles_v_version_correction";
  ALTER TABLE "article_transitions" ADD COLUMN "correction" boolean DEFAULT false;
  ALTER TABLE "sites" ADD COLUMN "settings_four_eyes" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "last_content_editor_id" integer;
  ALTER TABLE "documents" ADD COLUMN "correction" "enum_documents_correction";
  ALTER TABLE "_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_last_content_editor_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_correction" "enum__documents_v_version_correction";
  ALTER TABLE "document_transitions" ADD COLUMN "correction" boolean DEFAULT false;
  ALTER TABLE "pages" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "pages" ADD COLUMN "last_content_editor_id" integer;
  ALTER TABLE "pages" ADD COLUMN "correction" "enum_pages_correction";
  ALTER TABLE "_pages_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_last_content_editor_id" integer;
  ALTER TABLE "_pages_v" ADD COLUMN "version_correction" "enum__pages_v_version_correction";
  ALTER TABLE "page_transitions" ADD COLUMN "correction" boolean DEFAULT false;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_categories_id_idx" ON "users_rels" USING btree ("categories_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_last_content_editor_id_users_id_fk" FOREIGN KEY ("last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_last_content_editor_id_users_id_fk" FOREIGN KEY ("last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_last_content_editor_id_users_id_fk" FOREIGN KEY ("last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_last_content_editor_id_users_id_fk" FOREIGN KEY ("version_last_content_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_submitted_by_idx" ON "articles" USING btree ("submitted_by_id");
  CREATE INDEX "articles_last_content_editor_idx" ON "articles" USING btree ("last_content_editor_id");
  CREATE INDEX "_articles_v_version_version_submitted_by_idx" ON "_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_articles_v_version_version_last_content_editor_idx" ON "_articles_v" USING btree ("version_last_content_editor_id");
  CREATE INDEX "documents_submitted_by_idx" ON "documents" USING btree ("submitted_by_id");
  CREATE INDEX "documents_last_content_editor_idx" ON "documents" USING btree ("last_content_editor_id");
  CREATE INDEX "_documents_v_version_version_submitted_by_idx" ON "_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_documents_v_version_version_last_content_editor_idx" ON "_documents_v" USING btree ("version_last_content_editor_id");
  CREATE INDEX "pages_submitted_by_idx" ON "pages" USING btree ("submitted_by_id");
  CREATE INDEX "pages_last_content_editor_idx" ON "pages" USING btree ("last_content_editor_id");
  CREATE INDEX "_pages_v_version_version_submitted_by_idx" ON "_pages_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_pages_v_version_version_last_content_editor_idx" ON "_pages_v" USING btree ("version_last_content_editor_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "users_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_submitted_by_id_users_id_fk";
  
  ALTER TABLE "pages" DROP CONSTRAINT "pages_last_content_editor_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_pages_v" DROP CONSTRAINT "_pages_v_version_last_content_editor_id_users_id_fk";
  
  DROP INDEX "articles_submitted_by_idx";
  DROP INDEX "articles_last_content_editor_idx";
  DROP INDEX "_articles_v_version_version_submitted_by_idx";
  DROP INDEX "_articles_v_version_version_last_content_editor_idx";
  DROP INDEX "documents_submitted_by_idx";
  DROP INDEX "documents_last_content_editor_idx";
  DROP INDEX "_documents_v_version_version_submitted_by_idx";
  DROP INDEX "_documents_v_version_version_last_content_editor_idx";
  DROP INDEX "pages_submitted_by_idx";
  DROP INDEX "pages_last_content_editor_idx";
  DROP INDEX "_pages_v_version_version_submitted_by_idx";
  DROP INDEX "_pages_v_version_version_last_content_editor_idx";
  ALTER TABLE "articles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "articles" DROP COLUMN "last_content_editor_id";
  ALTER TABLE "articles" DROP COLUMN "correction";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_last_content_editor_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_correction";
  ALTER TABLE "article_transitions" DROP COLUMN "correction";
  ALTER TABLE "sites" DROP COLUMN "settings_four_eyes";
  ALTER TABLE "documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "documents" DROP COLUMN "last_content_editor_id";
  ALTER TABLE "documents" DROP COLUMN "correction";
  ALTER TABLE "_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_last_content_editor_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_correction";
  ALTER TABLE "document_transitions" DROP COLUMN "correction";
  ALTER TABLE "pages" DROP COLUMN "submitted_by_id";
  ALTER TABLE "pages" DROP COLUMN "last_content_editor_id";
  ALTER TABLE "pages" DROP COLUMN "correction";
  ALTER TABLE "_pages_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_last_content_editor_id";
  ALTER TABLE "_pages_v" DROP COLUMN "version_correction";
  ALTER TABLE "page_transitions" DROP COLUMN "correction";
  DROP TYPE "public"."enum_articles_correction";
  DROP TYPE "public"."enum__articles_v_version_correction";
  DROP TYPE "public"."enum_documents_correction";
  DROP TYPE "public"."enum__documents_v_version_correction";
  DROP TYPE "public"."enum_pages_correction";
  DROP TYPE "public"."enum__pages_v_version_correction";`)
}
