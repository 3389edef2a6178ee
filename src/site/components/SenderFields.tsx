import Link from 'next/link'

/**
 * What every citizen form asks besides the text: name, optional private email, a honeypot people
 * never see, and consent with a link to the privacy policy (comments, feedback, questions).
 */
export function SenderFields({ policyHref }: { policyHref: string }) {
  return (
    <>
      <div className="comment-form__fields">
        <label>
          Họ và tên
          <input name="authorName" required maxLength={80} autoComplete="name" />
        </label>
        <label>
          Thư điện tử (không bắt buộc, không công khai)
          <input name="authorEmail" type="email" autoComplete="email" />
        </label>
      </div>
      {/* The honeypot: hidden from people and screen readers, filled by form robots. */}
      <div className="comment-form__trap" aria-hidden="true">
        <label>
          Trang web
          <input name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <label className="comment-form__consent">
        <input type="checkbox" name="consent" required /> Tôi đồng ý để cổng thông tin xử lý dữ liệu
        cá nhân theo <Link href={policyHref}>chính sách bảo vệ dữ liệu cá nhân</Link>
      </label>
    </>
  )
}
