import QRCode from 'qrcode'

/**
 * An SVG QR code of a URL (the `qrcode` package), for the print view of articles and documents:
 * a reader of the printed page scans it to reach the page. Error correction M survives a
 * slightly smudged printout.
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 240 })
}

/** The QR code as an HTTP response, cached like the page it belongs to. */
export async function qrResponse(url: string): Promise<Response> {
  return new Response(await qrSvg(url), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  })
}
