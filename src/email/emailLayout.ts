import { escapeHtml } from './escapeHtml'
import { DEFAULT_FROM_NAME } from './smtpSettings'

/**
 * A plain, table-free mail body that every client renders: portal name, heading, paragraphs
 * (plain text, escaped here) and an optional button-like link with its address written out too.
 */
export function emailLayout(args: {
  portalName: string
  heading: string
  paragraphs: string[]
  action?: { label: string; url: string }
}): string {
  const { heading, paragraphs, action } = args
  const portalName = args.portalName || DEFAULT_FROM_NAME
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')
  const button = action
    ? `<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 18px;background:#b3261e;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(action.label)}</a></p>
<p style="font-size:13px;color:#555">Nếu nút không mở được, hãy chép địa chỉ sau vào trình duyệt: <a href="${escapeHtml(action.url)}">${escapeHtml(action.url)}</a></p>`
    : ''
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">
<p style="font-weight:bold;color:#b3261e">${escapeHtml(portalName)}</p>
<h1 style="font-size:20px">${escapeHtml(heading)}</h1>
${body}
${button}
<p style="font-size:13px;color:#555">Thư này được gửi tự động, vui lòng không trả lời.</p>
</body></html>`
}
