'use client'

import { useState } from 'react'

import { CommentForm } from './CommentForm'

/** "Phản hồi": opens a reply form under an approved comment (one level deep). */
export function ReplyButton({
  articleId,
  parentId,
  authorName,
}: {
  articleId: number
  parentId: number
  authorName: string
}) {
  const [open, setOpen] = useState(false)
  return (
    <div className="comment__reply">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Phản hồi
      </button>
      {open ? (
        <CommentForm articleId={articleId} parentId={parentId} title={`Trả lời ${authorName}`} />
      ) : null}
    </div>
  )
}
