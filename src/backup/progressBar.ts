import { SingleBar } from 'cli-progress'

/** A bar on a terminal; without one (CI, cron, logs) a plain line every few seconds. */
export function progressBar(label: string): SingleBar {
  return new SingleBar({
    format: `${label} |{bar}| {percentage}% | {value}/{total} bước | còn {eta_formatted}`,
    barCompleteChar: '█',
    barIncompleteChar: '░',
    noTTYOutput: true,
    notTTYSchedule: 3000,
  })
}

const mb = (bytes: number) =>
  new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 2 ** 20)
export const formatMB = (bytes: number) => `${mb(bytes)} MB`
export const formatSeconds = (s: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(s)} giây`
