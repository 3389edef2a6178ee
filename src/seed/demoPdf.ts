import { PDFDocument, StandardFonts } from 'pdf-lib'

import { foldVietnamese } from '../lib/vietnamese'

/**
 * A small PDF for demo content and tests, made with pdf-lib: one page per entry of `pages`, each
 * a list of lines. The standard Helvetica font has no Vietnamese letters (ă, ơ, ư, ạ …), so the
 * text is written without tone marks; search folds them anyway.
 */
export async function makeDemoPdf(pages: string[][], title = 'Văn bản'): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(foldVietnamese(title))
  pdf.setProducer('Cong thong tin dien tu')
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const lines of pages) {
    const page = pdf.addPage([595, 842])
    lines.forEach((line, i) =>
      page.drawText(foldVietnamese(line), { x: 56, y: 780 - i * 20, size: i ? 11 : 14, font }),
    )
  }
  return pdf.save()
}
