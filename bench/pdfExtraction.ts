import { extractPdfText } from '../src/documents/extractPdfText'
import { makeDemoPdf } from '../src/seed/demoPdf'
import { syntheticDocuments } from './syntheticDocuments'

/** Wraps a page of text into lines of at most `width` characters (one A4 page at 11 pt). */
function toLines(page: string, width = 88): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of page.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Real 5-page PDFs (pdf-lib, the seed's maker) of `sample` synthetic documents, each read back by
 * the upload job's extractor (unpdf): milliseconds per PDF and the pages and words it recovered.
 * The 20,000 documents of the bench carry their text already; this is what the upload job costs.
 */
export async function benchPdfExtraction(sample: number) {
  const pdfs: Uint8Array[] = []
  let words = 0
  for (const doc of syntheticDocuments(sample)) {
    const pages = doc.text.split('\f').map((p) => toLines(p.trim()).slice(0, 38))
    words += pages.flat().join(' ').split(/\s+/).length
    pdfs.push(await makeDemoPdf(pages, doc.title))
  }
  await extractPdfText(pdfs[0]) // loads pdf.js once, as the first upload does
  let pages = 0
  let recovered = 0
  const started = performance.now()
  for (const pdf of pdfs) {
    const result = await extractPdfText(pdf)
    pages += result.pages
    recovered += result.text.split(/\s+/).length
  }
  const msPerPdf = (performance.now() - started) / pdfs.length
  const bytes = pdfs.reduce((sum, p) => sum + p.byteLength, 0) / pdfs.length
  return { sample, msPerPdf, pagesPerPdf: pages / sample, bytes, words, recovered }
}
