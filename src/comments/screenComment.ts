import { foldVietnamese } from '../lib/vietnamese'

/** A word or phrase of a list found in the comment, where it is (offsets in the NFC text). */
export type WordMatch = {
  /** As written in the comment: "PHAN DONG", "Đụ". */
  word: string
  list: 'banned' | 'suspect'
  /** Same letters and tone marks as the list's word (case aside); false: only once folded. */
  exact: boolean
  start: number
  end: number
}

export type Screening = { refuse?: string; flags: string[]; matched: WordMatch[] }

/** What the pipeline stores with an accepted text: its flags and the words to highlight. */
export type Screened = { flags: string[]; matched: WordMatch[] }

const LINK =
  /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|vn|info|xyz|top|io)(?:\/\S*)?/gi

type Token = { exact: string; folded: string; start: number; end: number }

/**
 * One tone placement for "oa", "oe", "uy" ending a word: "hòa"/"hoà", "thủy"/"thuỷ" are the
 * same word in the old and new spelling, so a banned word matches either as written.
 */
const unifyTone = (word: string) =>
  word
    .normalize('NFD')
    .replace(
      /(o)([\u0300\u0301\u0303\u0309\u0323])([ae])$|(u)([\u0300\u0301\u0303\u0309\u0323])(y)$/u,
      (...g) => (g[1] ? g[1] + g[3] + g[2] : g[4] + g[6] + g[5]),
    )
    .normalize('NFC')

/** Words of a text (letters with their marks, digits), lower-cased, with and without tone marks. */
function tokenize(text: string): Token[] {
  const seen = new Map<string, { exact: string; folded: string }>() // words repeat: read each once
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => {
    const lower = m[0].toLowerCase()
    if (!seen.has(lower)) {
      const exact = unifyTone(lower)
      seen.set(lower, { exact, folded: foldVietnamese(exact) })
    }
    const { exact, folded } = seen.get(lower)!
    return { exact, folded, start: m.index, end: m.index + m[0].length }
  })
}

// The lists come from a cached global, the same arrays call after call: tokenize them once.
const tokenizedLists = new WeakMap<string[], Token[][]>()
function tokenizeList(list: string[]): Token[][] {
  if (!tokenizedLists.has(list))
    tokenizedLists.set(
      list,
      list.map((e) => tokenize(e.normalize('NFC'))),
    )
  return tokenizedLists.get(list)!
}

/**
 * Where each list entry occurs as whole words (a phrase: consecutive words, whatever
 * punctuation or spaces sit between them). `exact` when every word has the list's tone marks.
 */
function findMatches(text: string, words: Token[], list: string[], name: WordMatch['list']) {
  // Where each folded word occurs, so each entry looks only where its first word is.
  const at = new Map<string, number[]>()
  words.forEach((w, i) => {
    if (!at.has(w.folded)) at.set(w.folded, [])
    at.get(w.folded)!.push(i)
  })
  const found: WordMatch[] = []
  for (const wanted of tokenizeList(list)) {
    for (const i of wanted.length ? (at.get(wanted[0].folded) ?? []) : []) {
      const span = words.slice(i, i + wanted.length)
      if (span.length < wanted.length || !span.every((w, k) => w.folded === wanted[k].folded))
        continue
      const exact = span.every((w, k) => w.exact === wanted[k].exact)
      const [start, end] = [span[0].start, span[span.length - 1].end]
      found.push({ word: text.slice(start, end), list: name, exact, start, end })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Entries of a list found in the text once tone marks are folded ("đăng" finds "dang"). */
export function findWords(text: string, list: string[]): string[] {
  const nfc = text.normalize('NFC')
  const words = tokenize(nfc)
  return list
    .map((w) => w.trim())
    .filter((w) => w && findMatches(nfc, words, [w], 'suspect').length)
}

/**
 * The moderation pipeline's word and link checks (each flag is a reason the moderator sees).
 * A banned word refuses the comment only as written, tone marks included: folding them made
 * a banned "đéo" refuse "Đèo Hải Vân" and "đụ" refuse "du lịch". A lookalike that matches
 * only once folded ("PHAN DONG") is held for the moderator instead (`tu-cam-gan-dung`).
 * Suspect words still match folded (`tu-nghi-van`); more than two links flag `nhieu-lien-ket`.
 * `matched` lists every hit with its offsets in the NFC text, for highlighting.
 */
export function screenComment(
  text: string,
  lists: { banned: string[]; suspect: string[] },
): Screening {
  const nfc = text.normalize('NFC')
  const words = tokenize(nfc)
  const banned = findMatches(nfc, words, lists.banned, 'banned')
  const suspect = findMatches(nfc, words, lists.suspect, 'suspect')
  const matched = [...banned, ...suspect].sort((a, b) => a.start - b.start)
  if (banned.some((m) => m.exact)) {
    return {
      refuse: 'Bình luận có từ ngữ không phù hợp, vui lòng sửa lại.',
      flags: ['tu-cam'],
      matched,
    }
  }
  const flags: string[] = []
  if (banned.length) flags.push('tu-cam-gan-dung')
  if (suspect.length) flags.push('tu-nghi-van')
  if ((text.match(LINK) ?? []).length > 2) flags.push('nhieu-lien-ket')
  return { flags, matched }
}

export const parseWordList = (value: string | null | undefined) =>
  (value ?? '')
    .split(/[\n,;]+/)
    .map((w) => w.trim())
    .filter(Boolean)
