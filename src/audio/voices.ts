/** The voices an article can be heard in (DESIGN.md, "Visits and listening"). */
export const VOICES = ['nu', 'nam'] as const
export type Voice = (typeof VOICES)[number]

export const voiceLabels: Record<Voice, string> = { nu: 'Giọng nữ', nam: 'Giọng nam' }

export const voiceOptions = VOICES.map((value) => ({
  value,
  label: { vi: voiceLabels[value], en: value === 'nu' ? 'Female voice' : 'Male voice' },
}))

export const isVoice = (value: unknown): value is Voice => VOICES.includes(value as Voice)
