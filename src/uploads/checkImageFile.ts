import { fileTypeFromBuffer } from 'file-type'

/** Images the portal shows, by what their bytes say (no SVG: it can carry script). */
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']

export const maxImageBytes = () =>
  Math.round(Number(process.env.MEDIA_IMAGE_MAX_MB || 10) * 1024 * 1024)

export type ImageCheck = { ok: true; mime: string } | { ok: false; message: string }

/**
 * Decides from the bytes, never from the name or the declared type, whether an upload is a JPEG,
 * PNG, WebP, GIF or AVIF image within the size limit. An HTML page or an SVG renamed `.jpg` has
 * no image signature and is refused.
 */
export async function checkImageFile(data: Uint8Array): Promise<ImageCheck> {
  if (!data.length) return { ok: false, message: 'Tệp rỗng.' }
  if (data.length > maxImageBytes())
    return {
      ok: false,
      message: `Ảnh quá lớn: tối đa ${Math.round(maxImageBytes() / 1024 / 1024)} MB.`,
    }
  const mime = (await fileTypeFromBuffer(data).catch(() => undefined))?.mime as string | undefined
  if (!mime || !IMAGE_TYPES.includes(mime))
    return {
      ok: false,
      message:
        'Chỉ nhận ảnh JPEG, PNG, WebP, GIF hoặc AVIF (kiểm tra theo nội dung tệp, không theo tên tệp).',
    }
  return { ok: true, mime }
}
