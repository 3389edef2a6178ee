import { APIError, type PayloadRequest } from 'payload'

import { siteNames } from './siteNames'

/** The 403 of a refused `alsoOn` change, naming the sites concerned. */
export async function alsoOnError(
  req: PayloadRequest,
  refused: { action: 'add' | 'remove'; sites: number[] },
): Promise<APIError> {
  const names = await siteNames(req, refused.sites)
  const message =
    refused.action === 'add'
      ? `Bạn không có quyền xuất bản trên trang ${names}, nên không thể đưa tin lên trang đó. Hãy đề xuất để lãnh đạo trang đó duyệt.`
      : `Bạn không có quyền gỡ tin khỏi trang ${names}: cần quyền xuất bản trên trang đó hoặc trên trang gốc của tin.`
  return new APIError(message, 403, null, true)
}
