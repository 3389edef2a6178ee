/**
 * The QR code of the page's canonical URL, shown only in the print view (print CSS): a printed
 * article or document leads back to its page, for the paperless meeting room. Not lazy: a hidden
 * lazy image would never load, and print would show an empty box.
 */
export function PrintQr({ src, url }: { src: string; url: string }) {
  return (
    <figure className="print-qr">
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG route, no optimisation wanted */}
      <img src={src} alt={`Mã QR dẫn tới ${url}`} width={120} height={120} />
      <figcaption>Quét mã QR để mở bản điện tử</figcaption>
    </figure>
  )
}
