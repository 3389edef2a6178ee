/**
 * "Phản hồi" under an approved comment (one level deep): public/ban-doc.js opens the page's comment
 * form here, addressed to this comment.
 */
export function ReplyButton({ parentId, authorName }: { parentId: number; authorName: string }) {
  return (
    <div className="comment__reply">
      <button type="button" aria-expanded="false" data-reply-to={parentId} data-author={authorName}>
        Phản hồi
      </button>
    </div>
  )
}
