'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { CommentClosing } from '../closing/readCommentClosing'
import { CommentClosingControl } from './CommentClosingControl'

type Loaded = Omit<CommentClosing, 'siteId'> & { canChange: boolean }

/**
 * In the article's sidebar: whether it takes comments now; its site's moderators and admins can
 * close or reopen them here, though they cannot edit the article (nothing is saved on it).
 */
export const ArticleCommentClosing: React.FC = () => {
  const { id } = useDocumentInfo()
  const [closing, setClosing] = useState<Loaded | null>(null)
  useEffect(() => {
    if (!id) return
    fetch(`/api/comments/closing?article=${id}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then(setClosing)
      .catch(() => setClosing(null))
  }, [id])
  if (!id || !closing) return null
  if (!closing.canChange)
    return <p className="mq-muted">{`Bình luận: ${closing.closed ? 'đã đóng' : 'đang mở'}`}</p>
  return <CommentClosingControl articleId={Number(id)} closing={closing} />
}
