/** 16-bit PCM samples of a WAV file (what espeak-ng writes), interleaved when stereo. */
export type Pcm = { sampleRate: number; channels: number; samples: Int16Array }

/**
 * Reads a RIFF/WAVE file's `fmt ` and `data` chunks. A `data` size of 0 or 0xFFFFFFFF (a stream
 * written to a pipe) means "to the end of the file".
 */
export function readWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4))
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    throw new Error('Không phải tệp WAV')
  // WAV is little-endian like the machines we run on: an aligned view needs no copy.
  const int16 = (start: number, count: number) => {
    if (
      (bytes.byteOffset + start) % 2 === 0 &&
      new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    )
      return new Int16Array(bytes.buffer, bytes.byteOffset + start, count)
    const samples = new Int16Array(count)
    for (let i = 0; i < count; i++) samples[i] = view.getInt16(start + i * 2, true)
    return samples
  }
  let format: { channels: number; sampleRate: number; bits: number; code: number } | null = null
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = tag(at)
    const declared = view.getUint32(at + 4, true)
    const start = at + 8
    if (id === 'fmt ') {
      format = {
        code: view.getUint16(start, true),
        channels: view.getUint16(start + 2, true),
        sampleRate: view.getUint32(start + 4, true),
        bits: view.getUint16(start + 14, true),
      }
    } else if (id === 'data') {
      if (!format || format.code !== 1 || format.bits !== 16)
        throw new Error('Chỉ đọc được WAV PCM 16 bit')
      const size = declared === 0 || declared === 0xffffffff ? bytes.length - start : declared
      const end = Math.min(bytes.length, start + size)
      const count = Math.floor((end - start) / 2)
      return {
        sampleRate: format.sampleRate,
        channels: format.channels,
        samples: int16(start, count),
      }
    }
    at = start + declared + (declared % 2)
  }
  throw new Error('Tệp WAV không có dữ liệu âm thanh')
}
