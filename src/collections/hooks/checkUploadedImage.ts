import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { checkImageFile } from '../../uploads/checkImageFile'
import { uploadedBytes } from '../../uploads/uploadedBytes'

/**
 * Before Payload stores an image (create, or a new file on update): refused with a Vietnamese
 * 400 unless its bytes are an image we show; its declared type becomes what the bytes are.
 */
export const checkUploadedImage: CollectionBeforeOperationHook<'media'> = async ({
  operation,
  req,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file) return
  const check = await checkImageFile(await uploadedBytes(req.file))
  if (!check.ok) throw new APIError(check.message, 400, undefined, true)
  req.file.mimetype = check.mime
}
