import { fileTypeFromBuffer } from 'file-type'

/** The kinds of file a document may carry, by what their bytes say. */
const ACCEPTED: Record<string, { label: string; extensions: string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'application/msword': { label: 'DOC', extensions: ['doc'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'DOCX',
    extensions: ['docx'],
  },
  'application/vnd.oasis.opendocument.text': { label: 'ODT', extensions: ['odt'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'XLSX',
    extensions: ['xlsx'],
  },
}

export const maxDocumentFileBytes = () =>
  Math.round(Number(process.env.DOCUMENT_FILE_MAX_MB || 30) * 1024 * 1024)

export type FileCheck = { ok: true; mime: string; ext: string } | { ok: false; message: string }

const refuse = (message: string): FileCheck => ({ ok: false, message })
const NOT_ALLOWED =
  'Chỉ nhận tệp PDF, DOC, DOCX, ODT hoặc XLSX (kiểm tra theo nội dung tệp, không theo tên tệp).'

/**
 * Decides from the bytes, never from the name or the declared type, whether an upload is a PDF,
 * DOC, DOCX, ODT or XLSX. `file-type` reads magic bytes and, for zip containers, the entries that
 * tell DOCX and XLSX ([Content_Types].xml) and ODT (`mimetype`) apart. A Word 97 file is an OLE
 * container like .xls or .msi: it must also hold a "WordDocument" stream. HTML, SVG, scripts and
 * everything else are refused; so is a name whose extension lies about the content.
 */
export async function checkDocumentFile(data: Uint8Array, name: string): Promise<FileCheck> {
  if (!data.length) return refuse('Tệp rỗng.')
  if (data.length > maxDocumentFileBytes()) {
    const mb = Math.round(maxDocumentFileBytes() / 1024 / 1024)
    return refuse(`Tệp quá lớn: tối đa ${mb} MB.`)
  }
  const detected = await fileTypeFromBuffer(data).catch(() => undefined)
  let mime = detected?.mime as string | undefined
  if (mime === 'application/x-cfb') mime = holdsWordStream(data) ? 'application/msword' : undefined
  const accepted = mime ? ACCEPTED[mime] : undefined
  if (!mime || !accepted) return refuse(NOT_ALLOWED)
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (!accepted.extensions.includes(ext))
    return refuse(
      `Tên tệp có đuôi ".${ext}" nhưng nội dung là tệp ${accepted.label}: hãy đặt đúng đuôi .${accepted.extensions[0]}.`,
    )
  return { ok: true, mime, ext }
}

/** The UTF-16 name of a Word 97–2003 document's main stream, in the OLE directory. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le')
const holdsWordStream = (data: Uint8Array) => Buffer.from(data).includes(WORD_STREAM)
