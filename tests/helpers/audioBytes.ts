/**
 * Audio for tests, made and read independently of the product's code: a WAV tone, and the
 * duration of an MP3 counted from its frame headers (what a player would find).
 */
export function makeWav(seconds: number, sampleRate = 16000): Uint8Array<ArrayBuffer> {
  const samples = Math.round(seconds * sampleRate)
  const bytes = new Uint8Array(44 + samples * 2)
  const view = new DataView(bytes.buffer)
  const text = (at: number, s: string) =>
    [...s].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)))
  text(0, 'RIFF')
  view.setUint32(4, 36 + samples * 2, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true) // PCM
  view.setUint16(22, 1, true) // mono
  view.setUint32(24, sampleRate, true)
  view.setUint32(28, sampleRate * 2, true)
  view.setUint16(32, 2, true)
  view.setUint16(34, 16, true)
  text(36, 'data')
  view.setUint32(40, samples * 2, true)
  for (let i = 0; i < samples; i++)
    view.setInt16(
      44 + i * 2,
      Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / sampleRate)),
      true,
    )
  return bytes
}

const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
}
const RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
}

/** Seconds of MPEG Layer III audio: consecutive frames from the first one (after any ID3 tag). */
export function mp3Seconds(data: Uint8Array): { seconds: number; frames: number } {
  let at = 0
  if (data[0] === 0x49 && data[1] === 0x44 && data[2] === 0x33)
    at =
      10 +
      (((data[6] & 0x7f) << 21) |
        ((data[7] & 0x7f) << 14) |
        ((data[8] & 0x7f) << 7) |
        (data[9] & 0x7f))
  let seconds = 0
  let frames = 0
  while (at + 4 <= data.length) {
    const [b0, b1, b2] = [data[at], data[at + 1], data[at + 2]]
    const version = (b1 >> 3) & 3
    const layer = (b1 >> 1) & 3
    const bitrateIndex = b2 >> 4
    const rateIndex = (b2 >> 2) & 3
    const valid =
      b0 === 0xff && (b1 & 0xe0) === 0xe0 && layer === 1 && version !== 1 && rateIndex !== 3
    if (!valid || bitrateIndex === 0 || bitrateIndex === 15) break
    const mpeg1 = version === 3
    const rate = RATES[version][rateIndex]
    const perFrame = mpeg1 ? 1152 : 576
    const kbps = (mpeg1 ? BITRATES.mpeg1 : BITRATES.mpeg2)[bitrateIndex]
    at += Math.floor(((perFrame / 8) * kbps * 1000) / rate) + ((b2 >> 1) & 1)
    seconds += perFrame / rate
    frames++
  }
  return { seconds, frames }
}
