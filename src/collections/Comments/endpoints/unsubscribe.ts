import type { Endpoint, PayloadRequest } from 'payload'

import { optOut } from '../../../comments/notify/emailOptOuts'
import { verifyUnsubscribeToken } from '../../../comments/notify/unsubscribeToken'
import { escapeHtml } from '../../../email/escapeHtml'
import { sqlPool } from '../../../lib/sqlPool'

const PATH = '/unsubscribe'

/**
 * The link at the foot of a commenter's mail, /api/comments/unsubscribe?token=…: GET shows a
 * plain Vietnamese page with one button (mail scanners that follow links change nothing), POST
 * records the opt-out (also the one-click POST of mail clients, RFC 8058).
 */
export const unsubscribeEndpoints: { get: Endpoint; post: Endpoint } = {
  get: {
    path: PATH,
    method: 'get',
    handler: (req) => {
      const token = req.searchParams.get('token')
      if (!verifyUnsubscribeToken(token)) return page(400, INVALID)
      return page(
        200,
        `<h1>Ngừng nhận thư về bình luận</h1>
<p>Bấm nút dưới đây để không nhận thêm thư báo kết quả kiểm duyệt bình luận của bạn.</p>
<form method="post" action="/api/comments/unsubscribe?token=${escapeHtml(token!)}">
<button type="submit">Ngừng nhận thư</button>
</form>`,
      )
    },
  },
  post: {
    path: PATH,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const hash = verifyUnsubscribeToken(req.searchParams.get('token'))
      if (!hash) return page(400, INVALID)
      await optOut(sqlPool(req.payload), hash)
      return page(
        200,
        `<h1>Bạn đã ngừng nhận thư</h1>
<p>Cổng thông tin sẽ không gửi thêm thư về bình luận tới địa chỉ của bạn nữa.</p>`,
      )
    },
  },
}

const INVALID = `<h1>Liên kết không hợp lệ</h1>
<p>Liên kết ngừng nhận thư không đúng hoặc đã bị cắt ngắn. Vui lòng mở lại liên kết trong thư.</p>`

const page = (status: number, body: string) =>
  new Response(
    `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Ngừng nhận thư</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5">
${body}
</body></html>`,
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    },
  )
