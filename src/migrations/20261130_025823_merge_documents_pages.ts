import { MigrateUpArgs, MigrateDownArgs } from '@payloadcms/db-postgres'

/**
 * No change to the database: 20261130_021411_document_file_text already added the job slug. The
 * documents and pages branches were made side by side, so the latest schema snapshot (this file's
 * .json) is the first that describes both; the next `migrate:create` compares against it.
 */
export async function up(_args: MigrateUpArgs): Promise<void> {}

export async function down(_args: MigrateDownArgs): Promise<void> {}
