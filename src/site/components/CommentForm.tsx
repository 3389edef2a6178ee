import { COMMENT_MAX } from '../../comments/countCharacters'
import { SenderFields } from './SenderFields'

/**
 * The comment form. public/ban-doc.js counts characters as the server does while the reader types
 * (the button stays disabled below 5), posts it to /api/comments and says what happened in the
 * status line; "Phản hồi" copies it under a comment with `data-parent` set.
 */
export function CommentForm({ articleId, policyHref }: { articleId: number; policyHref: string }) {
  return (
    <form className="comment-form" data-article={articleId} noValidate>
      <label htmlFor="binh-luan-noi-dung-moi" className="comment-form__title">
        Ý kiến của bạn
      </label>
      <textarea
        id="binh-luan-noi-dung-moi"
        name="content"
        rows={5}
        aria-describedby="binh-luan-dem-moi"
      />
      <p id="binh-luan-dem-moi" className="comment-form__counter" aria-live="polite">
        {`Bạn còn ${COMMENT_MAX}/${COMMENT_MAX} ký tự`}
      </p>
      <SenderFields policyHref={policyHref} />
      <button type="submit" disabled>
        Gửi bình luận
      </button>
      <p role="status" className="comment-form__message" />
    </form>
  )
}
