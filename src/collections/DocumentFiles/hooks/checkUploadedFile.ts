import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkDocumentFile } from '../../../documents/checkDocumentFile'
import { uploadedBytes } from '../../../uploads/uploadedBytes'

/**
 * Runs before Payload stores an upload (create, or a new file on update): the file must be a
 * PDF, DOC/DOCX, ODT or XLSX by content and within the size limit, else 400 in Vietnamese. The
 * declared type is set to what the bytes are, so the file is always served as that.
 */
export const checkUploadedFile: CollectionBeforeOperationHook<'document-files'> = async ({
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return
  const file = req.file
  if (!file) return
  const check = await checkDocumentFile(await uploadedBytes(file), file.name ?? '')
  if (!check.ok) throw new APIError(check.message, 400, undefined, true)
  file.mimetype = check.mime
}
