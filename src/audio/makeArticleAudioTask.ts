import type { TaskConfig } from 'payload'

import { makeArticleAudio } from './makeArticleAudio'

export const MAKE_AUDIO_TASK = 'makeArticleAudio'

/**
 * The queued form of makeArticleAudio, queued when an article is published or saved live
 * (queueArticleAudio). Idempotent (text hash), so retries and duplicates do no harm; jobs of one
 * article never run side by side and a newer pending one replaces an older.
 */
export const makeArticleAudioTask: TaskConfig<{
  input: { article: number }
  output: { made: string; unchanged: string; uploaded: string; skipped: string }
}> = {
  slug: MAKE_AUDIO_TASK,
  label: 'Tạo âm thanh đọc bài viết',
  inputSchema: [{ name: 'article', type: 'number', required: true }],
  outputSchema: [
    { name: 'made', type: 'text' },
    { name: 'unchanged', type: 'text' },
    { name: 'uploaded', type: 'text' },
    { name: 'skipped', type: 'text' },
  ],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 30_000 } },
  concurrency: {
    key: ({ input }) => `audio:article:${input?.article}`,
    exclusive: true,
    supersedes: true,
  },
  handler: async ({ input, req }) => {
    const run = await makeArticleAudio(req, Number(input.article))
    return {
      output: {
        made: run.made.join(','),
        unchanged: run.unchanged.join(','),
        uploaded: run.uploaded.join(','),
        skipped: run.skipped ?? '',
      },
    }
  },
}
