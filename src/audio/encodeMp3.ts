import { Mp3Encoder } from '@breezystack/lamejs'

import type { Pcm } from './readWav'

// LAME works on frames of 1152 samples per channel; blocks are whole frames, sized so that one
// block takes 5–20 ms (its first blocks run before the JIT has compiled LAME, ~50× slower).
const FRAME = 1152
const MAX_BLOCK = FRAME * 32

/**
 * PCM → MP3 with LAME in plain JavaScript (@breezystack/lamejs): no ffmpeg on the server. It runs
 * in the web server's process (the jobs worker lives there), so it yields to the event loop
 * between blocks: a page request waits for one block (≤ ~20 ms), never for the whole article.
 * Speech at 32 kbit/s mono: a 1,000-word article (~6 minutes) is ~1.4 MB instead of ~15 MB of WAV.
 */
export async function encodeMp3(pcm: Pcm, kbps = Number(process.env.TTS_MP3_KBPS || 32)) {
  const channels = Math.min(pcm.channels, 2)
  const encoder = new Mp3Encoder(channels, pcm.sampleRate, kbps)
  const { left, right } = splitChannels(pcm)
  const parts: Uint8Array[] = []
  let size = FRAME
  for (let at = 0; at < left.length; at += size) {
    const started = performance.now()
    const l = left.subarray(at, at + size)
    const chunk = right
      ? encoder.encodeBuffer(l, right.subarray(at, at + size))
      : encoder.encodeBuffer(l)
    if (chunk.length) parts.push(new Uint8Array(chunk))
    const ms = performance.now() - started
    if (ms > 20 && size > FRAME) size /= 2
    else if (ms < 5 && size < MAX_BLOCK) size *= 2
    await new Promise((resolve) => setImmediate(resolve))
  }
  parts.push(new Uint8Array(encoder.flush()))
  return Buffer.concat(parts)
}

function splitChannels({ channels, samples }: Pcm): { left: Int16Array; right?: Int16Array } {
  if (channels === 1) return { left: samples }
  const frames = Math.floor(samples.length / channels)
  const left = new Int16Array(frames)
  const right = new Int16Array(frames)
  for (let i = 0; i < frames; i++) {
    left[i] = samples[i * channels]
    right[i] = samples[i * channels + 1]
  }
  return { left, right }
}
