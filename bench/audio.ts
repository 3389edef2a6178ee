import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { espeakInstalled, espeakProvider } from '../src/audio/espeakProvider'
import { speechTextOf } from '../src/audio/speechText'
import { VOICES } from '../src/audio/voices'
import { paragraphsToLexical } from '../src/lib/lexical'
import { syntheticArticles } from './syntheticArticles'

// Real-shaped sentences with what the normaliser rewrites (codes, dates, numbers, abbreviations).
const shaped = [
  'Thực hiện Nghị quyết số 15-NQ/TU ngày 24/11/2023 của BTV Tỉnh ủy, UBND tỉnh đã ban hành kế hoạch.',
  'Năm 2025, tổng sản phẩm trên địa bàn tăng 8,5%, thu ngân sách đạt 12.450 tỷ đồng.',
  'Hội nghị khai mạc lúc 7h30 sáng 2/9, có 350 đại biểu tham dự, giai đoạn 2021-2025.',
]

/** A ~1,000-word article (words of the text as written), deterministic. */
function thousandWordArticle() {
  const [a, b] = [...syntheticArticles(2, 1)]
  const paragraphs: string[] = []
  let words = 0
  for (const p of [...shaped, ...a.paragraphs, ...b.paragraphs]) {
    const left = 1000 - words
    if (left <= 0) break
    const kept = p.split(' ').slice(0, left).join(' ')
    paragraphs.push(kept)
    words += kept.split(' ').length
  }
  return { title: a.title, summary: a.summary, content: paragraphsToLexical(paragraphs), words }
}

/**
 * Audio of a 1,000-word article with the espeak provider, both voices, as the job makes it:
 * normalisation, espeak-ng (WAV), MP3 encoding in JavaScript. Also the longest event-loop stall
 * while it ran: the job runs inside the web server's process.
 */
export async function benchAudio(): Promise<string> {
  if (!espeakInstalled()) return '### Audio\n\nespeak-ng is not installed: skipped.\n'
  const article = thousandWordArticle()
  const t0 = performance.now()
  const text = speechTextOf(article as never)
  const normaliseMs = performance.now() - t0
  const provider = espeakProvider()
  const rows: string[] = []
  let total = 0
  for (const voice of VOICES) {
    const loop = monitorEventLoopDelay({ resolution: 5 })
    loop.enable()
    const started = performance.now()
    const cpu = process.cpuUsage()
    const audio = await provider.synthesize(text, voice)
    const ms = performance.now() - started
    const { user, system } = process.cpuUsage(cpu)
    loop.disable()
    total += ms
    const wavMb = ((audio.duration ?? 0) * 22050 * 2) / 1e6
    rows.push(
      `| ${voice} | ${(ms / 1000).toFixed(1)} | ${((user + system) / 1e6).toFixed(1)} | ${audio.duration?.toFixed(0)} | ${(audio.data.length / 1e6).toFixed(2)} | ${wavMb.toFixed(1)} | ${(loop.max / 1e6).toFixed(0)} |`,
    )
  }
  return [
    `### Audio of a 1,000-word article (${new Date().toISOString()})`,
    '',
    `Command: \`npm run bench -- audio\` (espeak provider, ${article.words} words as written, ${text.split(/\s+/).length} spoken words after normalisation in ${normaliseMs.toFixed(0)} ms; espeak-ng ${provider.fingerprint('nu')}).`,
    '',
    '| voice | seconds to make | CPU s (Node: encoding) | audio seconds | MP3 MB | WAV MB (same audio) | longest event-loop stall ms |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Both voices: ${(total / 1000).toFixed(1)} s; load average at the end ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (espeak-ng runs in a child process at nice 10; its CPU is not in the Node column).`,
    '',
  ].join('\n')
}
