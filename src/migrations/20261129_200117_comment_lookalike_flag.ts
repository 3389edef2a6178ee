import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_comments_flags" ADD VALUE 'tu-cam-gan-dung' BEFORE 'nhieu-lien-ket';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "comments_flags" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_comments_flags";
  CREATE TYPE "public"."enum_comments_flags" AS ENUM('tu-nghi-van', 'nhieu-lien-ket', 'honeypot');
  ALTER TABLE "comments_flags" ALTER COLUMN "value" SET DATA TYPE "public"."enum_comments_flags" USING "value"::"public"."enum_comments_flags";`)
}
