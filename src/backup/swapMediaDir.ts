import { cpSync, existsSync, renameSync, rmSync } from 'node:fs'

/**
 * Puts the restored uploads `from` in place of `target`: the new folder is moved beside the
 * target first, then the two names are swapped, so `target` is never missing or half-filled.
 */
export function swapMediaDir(from: string, target: string): void {
  const stamp = `${process.pid}-${Date.now()}`
  const incoming = `${target}.restore-${stamp}`
  const previous = `${target}.pre-restore-${stamp}`
  move(from, incoming)
  if (existsSync(target)) renameSync(target, previous)
  renameSync(incoming, target)
  rmSync(previous, { recursive: true, force: true })
}

/** rename, or copy when the two folders sit on different file systems. */
function move(from: string, to: string) {
  try {
    renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    cpSync(from, to, { recursive: true })
    rmSync(from, { recursive: true, force: true })
  }
}
