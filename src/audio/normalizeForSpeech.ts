import { parseDocumentCode } from '../documents/parseDocumentCode'
import {
  readDecimal,
  readDigits,
  readMonth,
  readNumber,
  readOrdinal,
  romanToNumber,
} from './readNumber'
import { speechAbbreviations, speechUnits } from './speechAbbreviations'

/**
 * Text made ready for a Vietnamese voice (espeak-ng reads digits, codes and abbreviations
 * badly): numbers, dates, times, percentages, ranges, ordinals, Roman numerals after
 * "khóa"/"Đại hội"…, document codes and common abbreviations become words; links become
 * "đường dẫn". The order of the steps matters: codes and dates before plain numbers.
 */

/** Not glued to a letter or digit on that side. */
const B = '(?<![\\p{L}\\p{N}])'
const E = '(?![\\p{L}\\p{N}])'
/** A written number: "1.250.000" (dots group thousands), "3,5" (comma decimals), "2.5", "15". */
const NUM = '\\d{1,3}(?:\\.\\d{3})+(?![.,]?\\d)|\\d+,\\d+|\\d+\\.\\d+|\\d+'
const rx = (source: string, flags = 'gu') => new RegExp(source, flags)
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')

/** Any written number as words ("0912…" phone-like numbers digit by digit). */
export function readNumeral(token: string): string {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(token)) return readNumber(token.replace(/\./g, ''))
  const decimal = token.match(/^(\d+),(\d+)$/)
  if (decimal) return readDecimal(decimal[1], decimal[2])
  const dotted = token.match(/^(\d+)\.(\d+)$/)
  if (dotted) return `${readNumeral(dotted[1])} chấm ${readNumeral(dotted[2])}`
  if (/^0\d{3,}$/.test(token)) return readDigits(token)
  return readNumber(token)
}

const isDay = (d: string) => Number(d) >= 1 && Number(d) <= 31
const isMonth = (m: string) => Number(m) >= 1 && Number(m) <= 12
const day = (d: string, m: string) => `ngày ${readNumber(d)} tháng ${readMonth(Number(m))}`

const CODE = rx(
  `${B}(\\d{1,6}-\\p{L}+\\/[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*|\\d{1,6}\\/(?:\\d{4}\\/)?\\p{L}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*)${E}`,
)

/** "15-NQ/TU" → "số mười lăm, nghị quyết Tỉnh ủy" ("số" not repeated after "số"). */
function readDocumentCodes(text: string): string {
  return text.replace(CODE, (token: string, _code: string, offset: number) => {
    const code = parseDocumentCode(token)
    // Only codes written as codes: "10/lớp" is not a công văn of the "LỚP".
    if (!code.ok || (token !== code.normalized && token !== token.toUpperCase())) return token
    const afterSo = /số\s*:?\s*$/iu.test(text.slice(Math.max(0, offset - 6), offset))
    const parts = [`${afterSo ? '' : 'số '}${readNumber(code.number)}`]
    if (code.year) parts.push(`năm ${readNumber(code.year)}`)
    parts.push(`${code.typeName} ${code.issuerName ?? code.issuerAbbr}`)
    return parts.join(', ')
  })
}

type Step = [RegExp, (...groups: string[]) => string]

const ABBREVIATIONS = rx(`${B}(${alternation(Object.keys(speechAbbreviations))})${E}`)

// Links and addresses are not read out (first, so no code or number inside them is read).
const linkSteps: Step[] = [
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, () => 'địa chỉ thư điện tử'],
  [/\b(?:https?:\/\/|www\.)[^\s]+?(?=[.,;:!?)]*(?:\s|$))/gi, () => 'đường dẫn'],
  [
    /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.vn|org\.vn|com\.vn|vn|com|net|org)\b(?:\/\S*)?/gi,
    () => 'đường dẫn',
  ],
]

const steps: Step[] = [
  // Abbreviations while "GD&ĐT" still has its "&" and "KT-XH" its dash.
  [ABBREVIATIONS, (a) => speechAbbreviations[a]],
  // Dates: "24/11/2023", "24-11-2023", "(ngày) 2/9" after a word that announces a date, "11/2023".
  [
    rx(`${B}(ngày\\s+)?(\\d{1,2})([/.-])(\\d{1,2})\\3(\\d{4})${E}`, 'giu'),
    (m, ngay, d, _sep, mo, y) =>
      isDay(d) && isMonth(mo)
        ? `${ngay ? ngay.trim() + ' ' : 'ngày '}${readNumber(d).trim()} tháng ${readMonth(Number(mo))} năm ${readNumber(y)}`
        : m,
  ],
  [
    rx(
      `${B}(ngày|hôm|sáng|trưa|chiều|tối|đêm|từ|đến|mùng|mồng|dịp|lễ|kỷ niệm|quốc khánh)\\s+(\\d{1,2})\\/(\\d{1,2})${E}`,
      'giu',
    ),
    (m, word, d, mo) => {
      if (!isDay(d) || !isMonth(mo)) return m
      return /^(ngày|mùng|mồng)$/iu.test(word)
        ? `${word} ${day(d, mo).slice(5)}`
        : `${word} ${day(d, mo)}`
    },
  ],
  // A date that follows a date: "30/4 và 1/5", "2/9, 3/9 và 4/9".
  ...Array.from({ length: 3 }, (): Step => [
    rx(
      `(tháng (?:mười một|mười hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín)\\s*(?:,|và|đến|–|-)\\s*)(\\d{1,2})\\/(\\d{1,2})${E}`,
      'gu',
    ),
    (m, before, d, mo) => (isDay(d) && isMonth(mo) ? `${before}${day(d, mo)}` : m),
  ]),
  [
    rx(`${B}(tháng\\s+)?(\\d{1,2})\\/(\\d{4})${E}`, 'giu'),
    (m, thang, mo, y) =>
      isMonth(mo)
        ? `${thang ? thang.trim() : 'tháng'} ${readMonth(Number(mo))} năm ${readNumber(y)}`
        : m,
  ],
  [
    rx(`${B}(tháng)\\s+(\\d{1,2})${E}`, 'giu'),
    (m, thang, mo) => (isMonth(mo) ? `${thang} ${readMonth(Number(mo))}` : m),
  ],
  // Times: "14h30", "14:30", "8h", "7h00'".
  [
    rx(`${B}(\\d{1,2})(?:h|g)(\\d{2})?'?${E}|${B}(\\d{1,2}):(\\d{2})${E}`, 'gu'),
    (m, h1, m1, h2, m2) => {
      const [hours, minutes] = [h1 ?? h2, m1 ?? m2]
      if (Number(hours) > 24 || Number(minutes ?? 0) > 59) return m
      return `${readNumber(hours)} giờ${Number(minutes ?? 0) > 0 ? ` ${readNumber(minutes)} phút` : ''}`
    },
  ],
  // Units after a number (before the number becomes words).
  [
    rx(`(?<=\\d\\s?)(${alternation(Object.keys(speechUnits))})${E}`, 'gu'),
    (unit) => ` ${speechUnits[unit]}`,
  ],
  // "tấn/ha" → "tấn trên héc ta".
  [
    rx(`(?<=\\p{L})\\/(${alternation(Object.keys(speechUnits))})${E}`),
    (_m, unit) => ` trên ${speechUnits[unit]}`,
  ],
  // Ranges: "2021-2025", "2021 – 2025", "5-7".
  [
    rx(`${B}(${NUM})\\s*[-–—]\\s*(${NUM})${E}`),
    (_m, a, b) => `${readNumeral(a)} đến ${readNumeral(b)}`,
  ],
  // Left after dates: "2/3 số đại biểu" is a fraction, "30/4" (day after month) a date.
  [
    rx(`${B}(\\d+)\\/(\\d+)${E}`),
    (_m, a, b) => {
      if (a === '24' && b === '7') return 'hai mươi bốn trên bảy'
      if (Number(a) > Number(b) && isDay(a) && isMonth(b)) return day(a, b)
      return `${readNumber(a)} phần ${readNumber(b)}`
    },
  ],
  // Ordinals and weekdays: "lần thứ 4" → "lần thứ tư", "Thứ 2" → "Thứ hai", "thứ XIV".
  [
    rx(`${B}(thứ)\\s+(\\d{1,3}|[IVXLCDM]+)${E}`, 'giu'),
    (m, thu, n) => {
      const value = /^\d+$/.test(n) ? Number(n) : romanToNumber(n)
      return value === undefined ? m : `${thu} ${readOrdinal(value)}`
    },
  ],
  // Roman numerals where news uses them: "khóa XIV", "Đại hội XIII", "quý I/2025", "thế kỷ XXI".
  [
    rx(
      `${B}(khóa|khoá|đại hội|kỳ|kì|thế kỷ|phần|chương|mục|quý|giai đoạn)\\s+([IVXLCDM]+)(?:\\/(\\d{4}))?${E}`,
      'giu',
    ),
    (m, word, roman, year) => {
      const value = romanToNumber(roman)
      if (value === undefined) return m
      return `${word} ${readNumber(value)}${year ? ` năm ${readNumber(year)}` : ''}`
    },
  ],
  // Percentages and the numbers left.
  [rx(`${B}(${NUM})\\s?%`), (_m, n) => `${readNumeral(n)} phần trăm`],
  [rx(`${B}(${NUM})${E}`), (n) => readNumeral(n)],
  [/%/g, () => ' phần trăm'],
  [/\s*&\s*/g, () => ' và '],
]

export function normalizeForSpeech(input: string): string {
  let text = input.normalize('NFC')
  const apply = ([pattern, speak]: Step) =>
    (text = text.replace(pattern, (...args) => speak(...(args.slice(0, -2) as string[]))))
  linkSteps.forEach(apply)
  text = readDocumentCodes(text)
  steps.forEach(apply)
  return text
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/ ([,.;:!?])/g, '$1')
    .trim()
}
