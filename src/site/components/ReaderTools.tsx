/**
 * "In bài", "Lưu bài", "Gửi email", font size "Aa" (three steps, remembered) and share links.
 * Plain buttons and links, usable with the keyboard and by screen readers; public/ban-doc.js
 * gives the buttons (`data-reader`) their work.
 */
export function ReaderTools({ title, url }: { title: string; url: string }) {
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`
  const share = encodeURIComponent(url)

  return (
    <div className="reader-tools" role="toolbar" aria-label="Công cụ bài viết">
      <button
        type="button"
        data-reader="co-chu"
        aria-label="Cỡ chữ: Chữ vừa. Bấm để đổi"
        data-size="vua"
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <button type="button" data-reader="in">
        In bài
      </button>
      <button type="button" data-reader="in" title="Chọn “Lưu dưới dạng PDF” trong hộp thoại in">
        Lưu bài
      </button>
      <a href={mail}>Gửi email</a>
      <a
        href={`https://www.facebook.com/sharer/sharer.php?u=${share}`}
        target="_blank"
        rel="noopener noreferrer"
      >
        Chia sẻ Facebook
      </a>
      <a href={`https://zalo.me/share?url=${share}`} target="_blank" rel="noopener noreferrer">
        Chia sẻ Zalo
      </a>
    </div>
  )
}
