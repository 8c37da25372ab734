import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import SQLite from 'better-sqlite3'

/** Copy every page in one step: one read transaction, so a writer in another process can never restart it. */
const ALL_PAGES_PER_STEP = 0x7fffffff
const BUSY_TIMEOUT_MS = 5_000

export interface BackupResult {
  pages: number
  bytes: number
}

export type BackupOutcome = { ok: true; result: BackupResult } | { ok: false; reason: string }

/**
 * A consistent copy of a live database through SQLite's online backup API. In WAL mode the
 * read transaction does not block the bot's writes. The copy is written beside the target
 * and renamed into place only after it passed quick_check, so a failed run never leaves a
 * half-written file under the target's name; it is switched to rollback-journal mode so the
 * backup is one self-contained file.
 */
export async function backupDatabase(sourcePath: string, targetPath: string): Promise<BackupOutcome> {
  if (resolve(sourcePath) === resolve(targetPath)) return { ok: false, reason: 'the backup file is the database itself' }
  // Renaming the copy onto a folder would fail only after the whole copy was made.
  if (targetPath.endsWith(sep) || (existsSync(targetPath) && statSync(targetPath).isDirectory())) return { ok: false, reason: `${targetPath} is a folder: name the backup file in it` }
  let source: SQLite.Database
  try {
    source = new SQLite(sourcePath, { fileMustExist: true })
  } catch (error) {
    return { ok: false, reason: `cannot open ${sourcePath}: ${error instanceof Error ? error.message : String(error)}` }
  }
  const partial = `${targetPath}.partial-${process.pid}`
  try {
    source.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    mkdirSync(dirname(resolve(targetPath)), { recursive: true })
    removeAbandonedCopies(targetPath)
    const progress = await source.backup(partial, { progress: () => ALL_PAGES_PER_STEP })
    const copy = new SQLite(partial)
    try {
      const check = copy.pragma('quick_check', { simple: true })
      if (check !== 'ok') return { ok: false, reason: `the copy failed quick_check: ${String(check)}` }
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    renameSync(partial, targetPath)
    return { ok: true, result: { pages: progress.totalPages, bytes: statSync(targetPath).size } }
  } catch (error) {
    // A file that is not a database, a full disk, a folder that cannot be written (SQLite's and the file system's errors
    // both carry a code): the command's one line, naming both ends, not a stack trace.
    if (error instanceof Error && 'code' in error) return { ok: false, reason: `cannot copy ${sourcePath} to ${targetPath}: ${error.message}` }
    throw error
  } finally {
    source.close()
    // Only what exists: removing a path under a file, or too long a name, would throw again.
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) if (existsSync(leftover)) rmSync(leftover)
  }
}

/**
 * Removes the copies (`<target>.partial-<pid>` and its journals) of backups to the same target
 * that were killed mid-copy: those whose process is gone. One still running keeps its copy; one
 * with this process's id cannot be running, and would be written over.
 */
function removeAbandonedCopies(targetPath: string): void {
  const folder = dirname(resolve(targetPath))
  const prefix = `${basename(targetPath)}.partial-`
  for (const name of readdirSync(folder)) {
    const pid = name.startsWith(prefix) ? /^([1-9]\d{0,9})(?:-journal|-wal|-shm)?$/.exec(name.slice(prefix.length))?.[1] : undefined
    if (pid !== undefined && (Number(pid) === process.pid || !isRunning(Number(pid)))) rmSync(join(folder, name), { force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
