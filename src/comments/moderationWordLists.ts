import type { GlobalAfterChangeHook, Payload } from 'payload'

import { parseWordList } from './screenComment'

export type WordLists = { banned: string[]; suspect: string[] }

// Read on every comment, changed a few times a year: kept for a few seconds per process. Another
// instance sees an admin's change within TTL_MS; this one at once (forgetWordLists).
const TTL_MS = 5000
let cached: { at: number; lists: Promise<WordLists> } | null = null

/** The banned and suspect word lists of the "Kiểm duyệt bình luận" global. */
export function moderationWordLists(payload: Payload): Promise<WordLists> {
  if (!cached || Date.now() - cached.at > TTL_MS) {
    const lists = payload
      .findGlobal({ slug: 'moderation-settings', overrideAccess: true })
      .then((settings) => ({
        banned: parseWordList(settings.bannedWords),
        suspect: parseWordList(settings.suspectWords),
      }))
    cached = { at: Date.now(), lists }
    lists.catch(() => (cached = null))
  }
  return cached.lists
}

export const forgetWordLists: GlobalAfterChangeHook = ({ doc }) => {
  cached = null
  return doc
}
