import { Mp3Encoder } from '@breezystack/lamejs'

import type { Pcm } from './readWav'

// LAME works on frames of 1152 samples per channel; ~0.4 s of 22 kHz audio (~10 ms of CPU)
// between two yields.
const BLOCK = 1152 * 8

/**
 * PCM → MP3 with LAME in plain JavaScript (@breezystack/lamejs): no ffmpeg on the server. It runs
 * in the web server's process (the jobs worker lives there), so it yields to the event loop
 * between blocks: a page request waits for one block (~10 ms), never for the whole article.
 * Speech at 32 kbit/s mono: a 7-minute article is ~1.7 MB instead of ~18 MB of WAV.
 */
export async function encodeMp3(pcm: Pcm, kbps = Number(process.env.TTS_MP3_KBPS || 32)) {
  const channels = Math.min(pcm.channels, 2)
  const encoder = new Mp3Encoder(channels, pcm.sampleRate, kbps)
  const { left, right } = splitChannels(pcm)
  const parts: Uint8Array[] = []
  for (let at = 0; at < left.length; at += BLOCK) {
    const l = left.subarray(at, at + BLOCK)
    const chunk = right
      ? encoder.encodeBuffer(l, right.subarray(at, at + BLOCK))
      : encoder.encodeBuffer(l)
    if (chunk.length) parts.push(new Uint8Array(chunk))
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
