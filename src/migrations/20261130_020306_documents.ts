import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_type" AS ENUM('nghi-quyet', 'chi-thi', 'ket-luan', 'quy-dinh', 'quy-che', 'quyet-dinh', 'huong-dan', 'ke-hoach', 'chuong-trinh', 'thong-bao', 'bao-cao', 'cong-van', 'to-trinh', 'de-an', 'khac');
  CREATE TYPE "public"."enum_documents_secrecy" AS ENUM('thuong', 'mat', 'toi-mat', 'tuyet-mat');
  CREATE TYPE "public"."enum_documents_scope" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum_documents_workflow_state" AS ENUM('draft', 'in_review', 'published', 'unpublished');
  CREATE TYPE "public"."enum_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__documents_v_version_type" AS ENUM('nghi-quyet', 'chi-thi', 'ket-luan', 'quy-dinh', 'quy-che', 'quyet-dinh', 'huong-dan', 'ke-hoach', 'chuong-trinh', 'thong-bao', 'bao-cao', 'cong-van', 'to-trinh', 'de-an', 'khac');
  CREATE TYPE "public"."enum__documents_v_version_secrecy" AS ENUM('thuong', 'mat', 'toi-mat', 'tuyet-mat');
  CREATE TYPE "public"."enum__documents_v_version_scope" AS ENUM('public', 'internal');
  CREATE TYPE "public"."enum__documents_v_version_workflow_state" AS ENUM('draft', 'in_review', 'published', 'unpublished');
  CREATE TYPE "public"."enum__documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_document_transitions_from" AS ENUM('draft', 'in_review', 'published', 'unpublished');
  CREATE TYPE "public"."enum_document_transitions_to" AS ENUM('draft', 'in_review', 'published', 'unpublished');
  CREATE TABLE "documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"code" varchar,
  	"type" "enum_documents_type",
  	"code_parts_problem" varchar,
  	"code_parts_readable" boolean,
  	"code_parts_number" numeric,
  	"code_parts_year" numeric,
  	"code_parts_type_abbr" varchar,
  	"code_parts_issuer_abbr" varchar,
  	"title" varchar,
  	"issuer" varchar,
  	"signer" varchar,
  	"field" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"secrecy" "enum_documents_secrecy" DEFAULT 'thuong',
  	"scope" "enum_documents_scope" DEFAULT 'public',
  	"workflow_state" "enum_documents_workflow_state" DEFAULT 'draft',
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"document_files_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_site_id" integer,
  	"version_code" varchar,
  	"version_type" "enum__documents_v_version_type",
  	"version_code_parts_problem" varchar,
  	"version_code_parts_readable" boolean,
  	"version_code_parts_number" numeric,
  	"version_code_parts_year" numeric,
  	"version_code_parts_type_abbr" varchar,
  	"version_code_parts_issuer_abbr" varchar,
  	"version_title" varchar,
  	"version_issuer" varchar,
  	"version_signer" varchar,
  	"version_field" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_secrecy" "enum__documents_v_version_secrecy" DEFAULT 'thuong',
  	"version_scope" "enum__documents_v_version_scope" DEFAULT 'public',
  	"version_workflow_state" "enum__documents_v_version_workflow_state" DEFAULT 'draft',
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_created_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"document_files_id" integer,
  	"documents_id" integer
  );
  
  CREATE TABLE "document_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer,
  	"title" varchar,
  	"is_public" boolean DEFAULT false,
  	"page_count" numeric,
  	"text" varchar,
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
  
  CREATE TABLE "document_transitions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"from" "enum_document_transitions_from",
  	"to" "enum_document_transitions_to" NOT NULL,
  	"by_id" integer,
  	"by_name" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "document_downloads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer NOT NULL,
  	"downloads" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "documents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_transitions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "document_downloads_id" integer;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_document_files_fk" FOREIGN KEY ("document_files_id") REFERENCES "public"."document_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_document_files_fk" FOREIGN KEY ("document_files_id") REFERENCES "public"."document_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "document_files" ADD CONSTRAINT "document_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_transitions" ADD CONSTRAINT "document_transitions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_transitions" ADD CONSTRAINT "document_transitions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "document_downloads" ADD CONSTRAINT "document_downloads_file_id_document_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."document_files"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_site_idx" ON "documents" USING btree ("site_id");
  CREATE INDEX "documents_code_idx" ON "documents" USING btree ("code");
  CREATE INDEX "documents_type_idx" ON "documents" USING btree ("type");
  CREATE INDEX "documents_issuer_idx" ON "documents" USING btree ("issuer");
  CREATE INDEX "documents_field_idx" ON "documents" USING btree ("field");
  CREATE INDEX "documents_issued_at_idx" ON "documents" USING btree ("issued_at");
  CREATE INDEX "documents_expires_at_idx" ON "documents" USING btree ("expires_at");
  CREATE INDEX "documents_secrecy_idx" ON "documents" USING btree ("secrecy");
  CREATE INDEX "documents_scope_idx" ON "documents" USING btree ("scope");
  CREATE INDEX "documents_workflow_state_idx" ON "documents" USING btree ("workflow_state");
  CREATE INDEX "documents_slug_idx" ON "documents" USING btree ("slug");
  CREATE INDEX "documents_published_at_idx" ON "documents" USING btree ("published_at");
  CREATE INDEX "documents_created_by_idx" ON "documents" USING btree ("created_by_id");
  CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");
  CREATE INDEX "documents_created_at_idx" ON "documents" USING btree ("created_at");
  CREATE INDEX "documents__status_idx" ON "documents" USING btree ("_status");
  CREATE UNIQUE INDEX "site_slug_2_idx" ON "documents" USING btree ("site_id","slug");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_document_files_id_idx" ON "documents_rels" USING btree ("document_files_id");
  CREATE INDEX "documents_rels_documents_id_idx" ON "documents_rels" USING btree ("documents_id");
  CREATE INDEX "_documents_v_parent_idx" ON "_documents_v" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_version_site_idx" ON "_documents_v" USING btree ("version_site_id");
  CREATE INDEX "_documents_v_version_version_code_idx" ON "_documents_v" USING btree ("version_code");
  CREATE INDEX "_documents_v_version_version_type_idx" ON "_documents_v" USING btree ("version_type");
  CREATE INDEX "_documents_v_version_version_issuer_idx" ON "_documents_v" USING btree ("version_issuer");
  CREATE INDEX "_documents_v_version_version_field_idx" ON "_documents_v" USING btree ("version_field");
  CREATE INDEX "_documents_v_version_version_issued_at_idx" ON "_documents_v" USING btree ("version_issued_at");
  CREATE INDEX "_documents_v_version_version_expires_at_idx" ON "_documents_v" USING btree ("version_expires_at");
  CREATE INDEX "_documents_v_version_version_secrecy_idx" ON "_documents_v" USING btree ("version_secrecy");
  CREATE INDEX "_documents_v_version_version_scope_idx" ON "_documents_v" USING btree ("version_scope");
  CREATE INDEX "_documents_v_version_version_workflow_state_idx" ON "_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_documents_v_version_version_slug_idx" ON "_documents_v" USING btree ("version_slug");
  CREATE INDEX "_documents_v_version_version_published_at_idx" ON "_documents_v" USING btree ("version_published_at");
  CREATE INDEX "_documents_v_version_version_created_by_idx" ON "_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_documents_v_version_version_updated_at_idx" ON "_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_documents_v_version_version_created_at_idx" ON "_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_documents_v_version_version__status_idx" ON "_documents_v" USING btree ("version__status");
  CREATE INDEX "_documents_v_created_at_idx" ON "_documents_v" USING btree ("created_at");
  CREATE INDEX "_documents_v_updated_at_idx" ON "_documents_v" USING btree ("updated_at");
  CREATE INDEX "_documents_v_latest_idx" ON "_documents_v" USING btree ("latest");
  CREATE INDEX "version_site_version_slug_1_idx" ON "_documents_v" USING btree ("version_site_id","version_slug");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_document_files_id_idx" ON "_documents_v_rels" USING btree ("document_files_id");
  CREATE INDEX "_documents_v_rels_documents_id_idx" ON "_documents_v_rels" USING btree ("documents_id");
  CREATE INDEX "document_files_site_idx" ON "document_files" USING btree ("site_id");
  CREATE INDEX "document_files_is_public_idx" ON "document_files" USING btree ("is_public");
  CREATE INDEX "document_files_updated_at_idx" ON "document_files" USING btree ("updated_at");
  CREATE INDEX "document_files_created_at_idx" ON "document_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_files_filename_idx" ON "document_files" USING btree ("filename");
  CREATE INDEX "document_transitions_document_idx" ON "document_transitions" USING btree ("document_id");
  CREATE INDEX "document_transitions_by_idx" ON "document_transitions" USING btree ("by_id");
  CREATE INDEX "document_transitions_updated_at_idx" ON "document_transitions" USING btree ("updated_at");
  CREATE INDEX "document_transitions_created_at_idx" ON "document_transitions" USING btree ("created_at");
  CREATE UNIQUE INDEX "document_downloads_file_idx" ON "document_downloads" USING btree ("file_id");
  CREATE INDEX "document_downloads_updated_at_idx" ON "document_downloads" USING btree ("updated_at");
  CREATE INDEX "document_downloads_created_at_idx" ON "document_downloads" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_documents_fk" FOREIGN KEY ("documents_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_files_fk" FOREIGN KEY ("document_files_id") REFERENCES "public"."document_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_transitions_fk" FOREIGN KEY ("document_transitions_id") REFERENCES "public"."document_transitions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_document_downloads_fk" FOREIGN KEY ("document_downloads_id") REFERENCES "public"."document_downloads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("documents_id");
  CREATE INDEX "payload_locked_documents_rels_document_files_id_idx" ON "payload_locked_documents_rels" USING btree ("document_files_id");
  CREATE INDEX "payload_locked_documents_rels_document_transitions_id_idx" ON "payload_locked_documents_rels" USING btree ("document_transitions_id");
  CREATE INDEX "payload_locked_documents_rels_document_downloads_id_idx" ON "payload_locked_documents_rels" USING btree ("document_downloads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "documents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_transitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "document_downloads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "document_files" CASCADE;
  DROP TABLE "document_transitions" CASCADE;
  DROP TABLE "document_downloads" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_documents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_transitions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_document_downloads_fk";
  
  DROP INDEX "payload_locked_documents_rels_documents_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_transitions_id_idx";
  DROP INDEX "payload_locked_documents_rels_document_downloads_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "documents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_transitions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "document_downloads_id";
  DROP TYPE "public"."enum_documents_type";
  DROP TYPE "public"."enum_documents_secrecy";
  DROP TYPE "public"."enum_documents_scope";
  DROP TYPE "public"."enum_documents_workflow_state";
  DROP TYPE "public"."enum_documents_status";
  DROP TYPE "public"."enum__documents_v_version_type";
  DROP TYPE "public"."enum__documents_v_version_secrecy";
  DROP TYPE "public"."enum__documents_v_version_scope";
  DROP TYPE "public"."enum__documents_v_version_workflow_state";
  DROP TYPE "public"."enum__documents_v_version_status";
  DROP TYPE "public"."enum_document_transitions_from";
  DROP TYPE "public"."enum_document_transitions_to";`)
}
