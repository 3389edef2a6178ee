/**
 * Initials for the admin avatar: the first letters of the family name and the given name
 * ("Nguyễn Văn An" → "NA"), one letter for a single word, "?" for none. NFC, upper case.
 */
export function initials(name: string | null | undefined, fallback?: string | null): string {
  const words = (name || '').normalize('NFC').trim().split(/\s+/).filter(Boolean)
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words
  const letters = picked.map((w) => Array.from(w)[0]).join('')
  return (letters || Array.from(fallback || '?')[0]).toLocaleUpperCase('vi')
}
