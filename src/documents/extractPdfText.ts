/** Enough for search; a 300-page PDF of dense text is about this much. */
export const MAX_TEXT_CHARS = 500_000

/**
 * The text of a PDF (pages joined, whitespace collapsed, NFC) and its page count, read with
 * unpdf (Mozilla's pdf.js built for servers). A scanned PDF without a text layer gives ''.
 * pdf.js is loaded on the first upload, not at every server start.
 */
export async function extractPdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
  const { extractText, getDocumentProxy } = await import('unpdf')
  const pdf = await getDocumentProxy(new Uint8Array(data))
  try {
    const { totalPages, text } = await extractText(pdf, { mergePages: true })
    const clean = text.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS)
    return { text: clean, pages: totalPages }
  } finally {
    await pdf.destroy()
  }
}
