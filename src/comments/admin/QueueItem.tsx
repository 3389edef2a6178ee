'use client'

import { Button, Pill } from '@payloadcms/ui'
import React from 'react'

import type { Decision } from './decideComments'
import { HighlightedText } from './HighlightedText'
import type { QueueRow } from './queueTypes'

const KEYS: Record<string, Decision> = { a: 'approved', r: 'rejected', s: 'spam' }

/**
 * One comment of the queue: who, where, how long it has waited, the text with its matched words
 * marked, and the decisions. Focusable: A approves, R rejects (with the chosen reason), S marks
 * spam, X selects, J/K or the arrows move to the next/previous comment.
 */
export function QueueItem(props: {
  row: QueueRow
  selected: boolean
  busy: boolean
  current: string
  onToggle: () => void
  onDecide: (decision: Decision) => void
  onMove: (step: 1 | -1) => void
}) {
  const { row, busy } = props
  const fresh = row.age === 'vừa gửi'
  const waited = fresh
    ? row.age
    : props.current === 'pending'
      ? `chờ ${row.age}`
      : `gửi ${row.age} trước`
  const onKeyDown = (e: React.KeyboardEvent<HTMLLIElement>) => {
    const target = e.target as HTMLElement
    if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, textarea, select')) return
    const key = e.key.toLowerCase()
    if (KEYS[key] && !busy && KEYS[key] !== props.current) {
      e.preventDefault()
      props.onDecide(KEYS[key])
    } else if (key === 'x') {
      e.preventDefault()
      props.onToggle()
    } else if (key === 'j' || e.key === 'ArrowDown' || key === 'k' || e.key === 'ArrowUp') {
      e.preventDefault()
      props.onMove(key === 'j' || e.key === 'ArrowDown' ? 1 : -1)
    }
  }
  return (
    <li
      className="mq-item"
      data-comment-id={row.id}
      tabIndex={0}
      aria-keyshortcuts="A R S X J K"
      aria-label={`Bình luận của ${row.authorName}, ${waited}`}
      onKeyDown={onKeyDown}
    >
      <div className="mq-item__head">
        <input
          type="checkbox"
          aria-label={`Chọn bình luận của ${row.authorName}`}
          checked={props.selected}
          onChange={props.onToggle}
        />
        <strong className="mq-wrap">{row.authorName}</strong>
        {row.authorEmail ? <span className="mq-muted mq-wrap">{row.authorEmail}</span> : null}
        <time className="mq-muted" dateTime={row.createdAt} title={row.createdAt}>
          {waited}
        </time>
        {row.isReply ? <Pill size="small">Trả lời</Pill> : null}
        {row.siteName ? <Pill size="small">{row.siteName}</Pill> : null}
        {row.flags.map((f) => (
          <Pill key={f} size="small" pillStyle="warning">
            {f}
          </Pill>
        ))}
        {row.reason ? (
          <Pill size="small" pillStyle="error">
            {row.reason}
          </Pill>
        ) : null}
      </div>
      <p className="mq-item__content mq-wrap">
        <HighlightedText text={row.content} matches={row.matchedWords} />
      </p>
      <p className="mq-muted mq-wrap">
        {'Bài: '}
        {row.articleHref ? (
          <a href={row.articleHref} target="_blank" rel="noreferrer">
            {row.articleTitle}
          </a>
        ) : (
          row.articleTitle
        )}
      </p>
      <div className="mq-item__actions">
        {props.current !== 'approved' ? (
          <Button
            size="small"
            buttonStyle="primary"
            disabled={busy}
            onClick={() => props.onDecide('approved')}
          >
            Duyệt
          </Button>
        ) : null}
        {props.current !== 'rejected' ? (
          <Button
            size="small"
            buttonStyle="secondary"
            disabled={busy}
            onClick={() => props.onDecide('rejected')}
          >
            Từ chối
          </Button>
        ) : null}
        {props.current !== 'spam' ? (
          <Button
            size="small"
            buttonStyle="error"
            disabled={busy}
            onClick={() => props.onDecide('spam')}
          >
            Thư rác
          </Button>
        ) : null}
      </div>
    </li>
  )
}
