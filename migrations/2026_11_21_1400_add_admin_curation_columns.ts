import type { Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  // Source-health notices can be muted apart from the flagged-item notices.
  await db.schema.alterTable('admin_preference').addColumn('is_source_notice_muted', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  // An undo points at the action it reverted, so history shows it and it is never undone twice.
  // No REFERENCES: SQLite cannot drop a column that takes part in a foreign key (down).
  await db.schema.alterTable('audit_log').addColumn('undoes_id', 'integer').execute()
  await db.schema.createIndex('audit_log_undoes_idx').on('audit_log').column('undoes_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_undoes_idx').execute()
  await db.schema.alterTable('audit_log').dropColumn('undoes_id').execute()
  await db.schema.alterTable('admin_preference').dropColumn('is_source_notice_muted').execute()
}
