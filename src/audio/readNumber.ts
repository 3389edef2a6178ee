/**
 * Vietnamese numbers as words, the way a newsreader says them: "2025" → "hai nghìn không
 * trăm hai mươi lăm", "105" → "một trăm linh năm", "21" → "hai mươi mốt".
 * (n2words' vi-VN says "hai nghìn lẻ hai mươi lăm" and "thứ bốn", wrong for a news voice.)
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ']

/** One group of three digits; `inside` when a bigger group comes before it ("không trăm"). */
function readGroup(n: number, inside: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10]
  const words: string[] = []
  if (h > 0 || inside) words.push(DIGITS[h], 'trăm')
  if (t === 0 && u > 0 && words.length) words.push('linh')
  if (t === 1) words.push('mười')
  if (t > 1) words.push(DIGITS[t], 'mươi')
  if (u === 0) return words
  if (u === 5 && t > 0) words.push('lăm')
  else if (u === 1 && t > 1) words.push('mốt')
  else words.push(DIGITS[u])
  return words
}

/** Digits one by one: "0912" → "không chín một hai". */
export const readDigits = (digits: string) => [...digits].map((d) => DIGITS[Number(d)]).join(' ')

/** A whole number written with digits only (leading zeros ignored); 19+ digits are spelt. */
export function readNumber(digits: string | number): string {
  const text = String(digits).replace(/^0+(?=\d)/, '')
  if (!/^\d+$/.test(text)) throw new Error(`readNumber: not a whole number: ${digits}`)
  if (text.length > 18) return readDigits(text)
  if (text === '0') return DIGITS[0]
  const groups: number[] = []
  for (let end = text.length; end > 0; end -= 3)
    groups.unshift(Number(text.slice(Math.max(0, end - 3), end)))
  const words: string[] = []
  groups.forEach((group, i) => {
    if (group === 0) return
    words.push(...readGroup(group, i > 0), GROUPS[groups.length - 1 - i])
  })
  return words.filter(Boolean).join(' ')
}

/** "3,5" → "ba phẩy năm", "3,05" → "ba phẩy không năm" (the decimal part keeps its zeros). */
export function readDecimal(whole: string, fraction: string): string {
  const [, zeros, rest] = fraction.match(/^(0*)(\d*)$/)!
  const after = [readDigits(zeros), rest ? readNumber(rest) : ''].filter(Boolean).join(' ')
  return `${readNumber(whole)} phẩy ${after}`
}

/** After "thứ" and in months: 1 → "nhất" (ordinal) and 4 → "tư". */
export function readOrdinal(n: number): string {
  if (n === 1) return 'nhất'
  if (n === 4) return 'tư'
  return readNumber(n)
}

/** "tháng tư", "tháng mười một": April is said "tư", the others are plain numbers. */
export const readMonth = (n: number) => (n === 4 ? 'tư' : readNumber(n))

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** "XIV" → 14; undefined when the word is not a well-formed Roman numeral. */
export function romanToNumber(word: string): number | undefined {
  if (!word || !ROMAN.test(word)) return undefined
  let total = 0
  for (let i = 0; i < word.length; i++) {
    const value = ROMAN_VALUES[word[i]]
    const next = ROMAN_VALUES[word[i + 1]] ?? 0
    total += value < next ? -value : value
  }
  return total
}
