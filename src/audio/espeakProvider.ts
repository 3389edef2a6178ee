import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { encodeMp3 } from './encodeMp3'
import { readWav } from './readWav'
import type { TtsProvider } from './ttsTypes'
import type { Voice } from './voices'

type Env = Record<string, string | undefined>

const binary = (env: Env) => env.ESPEAK_NG_PATH || 'espeak-ng'

/** Whether espeak-ng can be run (an absolute ESPEAK_NG_PATH, or on PATH). */
export function espeakInstalled(env: Env = process.env): boolean {
  const bin = binary(env)
  const candidates = bin.includes('/')
    ? [bin]
    : (env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, bin))
  return candidates.some((file) => {
    try {
      accessSync(file, constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

/**
 * Debian's espeak-ng with its Vietnamese voice, offline: `vi` for "Giọng nam", its `f3` variant
 * for "Giọng nữ" (TTS_ESPEAK_VOICE_NU / _NAM change them, TTS_ESPEAK_SPEED the words per minute).
 * It writes WAV to a temporary folder at a lower CPU priority than the web server; the WAV is
 * encoded to MP3 here and the folder removed.
 */
export function espeakProvider(env: Env = process.env): TtsProvider {
  const voices: Record<Voice, string> = {
    nu: env.TTS_ESPEAK_VOICE_NU || 'vi+f3',
    nam: env.TTS_ESPEAK_VOICE_NAM || 'vi',
  }
  const speed = env.TTS_ESPEAK_SPEED || '150'
  const kbps = Number(env.TTS_MP3_KBPS || 32)
  return {
    name: 'espeak',
    fingerprint: (voice) => `espeak ${voices[voice]} ${speed} mp3 ${kbps}`,
    synthesize: async (text, voice) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'portal-tts-'))
      try {
        await writeFile(path.join(dir, 'text.txt'), text)
        const wav = path.join(dir, 'speech.wav')
        await run(binary(env), ['-v', voices[voice], '-s', speed, '-f', 'text.txt', '-w', wav], dir)
        const pcm = readWav(await readFile(wav)) // a Buffer is a Uint8Array: no copy
        const data = await encodeMp3(pcm, kbps)
        const duration = pcm.samples.length / pcm.channels / pcm.sampleRate
        return { data, mime: 'audio/mpeg', ext: 'mp3', duration: Math.round(duration * 10) / 10 }
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  }
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    // Page requests first: the synthesis takes the CPU the web server leaves.
    if (child.pid) {
      try {
        os.setPriority(child.pid, 10)
      } catch {
        // Not allowed here: it runs at normal priority.
      }
    }
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`espeak-ng thoát với mã ${code}: ${stderr.trim()}`)),
    )
  })
}
