import { createHash } from 'node:crypto'

import { lexicalToPlainText } from '../lib/lexical'
import type { Article } from '../payload-types'
import { articleToSpeech } from './articleToSpeech'

/** What is read aloud: title, summary and body, normalised for the voice (articleToSpeech). */
export const speechTextOf = (article: Pick<Article, 'title' | 'summary' | 'content'>) =>
  articleToSpeech({
    title: article.title,
    summary: article.summary,
    body: lexicalToPlainText(article.content),
  })

/** Same text, same engine settings → same hash → the audio already made is kept. */
export const speechHash = (text: string, fingerprint: string) =>
  createHash('sha256').update(fingerprint).update('\n').update(text).digest('hex')
