import { describe, expect, it } from 'vitest'

import { availableTransitions, checkTransition } from '../src/workflow/checkTransition'

const user = (id: number, ...roles: string[]) => ({ id, roles })
const reporter = user(1, 'reporter')
const editor = user(2, 'editor')
const chief = user(3, 'editor-in-chief')
const moderator = user(4, 'moderator')

describe('checkTransition', () => {
  it('lets a reporter submit only their own draft', () => {
    expect(
      checkTransition({
        actor: reporter,
        article: { workflowState: 'draft', createdBy: 1 },
        to: 'in_review',
      }).ok,
    ).toBe(true)
    expect(
      checkTransition({
        actor: reporter,
        article: { workflowState: 'draft', createdBy: { id: 9 } },
        to: 'in_review',
      }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('requires a note to return an article', () => {
    expect(
      checkTransition({ actor: editor, article: { workflowState: 'in_review' }, to: 'draft' }),
    ).toMatchObject({ ok: false, status: 400 })
    expect(
      checkTransition({
        actor: editor,
        article: { workflowState: 'in_review' },
        to: 'draft',
        note: '   ',
      }),
    ).toMatchObject({ ok: false, status: 400 })
    expect(
      checkTransition({
        actor: editor,
        article: { workflowState: 'in_review' },
        to: 'draft',
        note: 'Bổ sung ảnh',
      }).ok,
    ).toBe(true)
  })

  it('lets only the editor-in-chief and admin publish and unpublish', () => {
    expect(
      checkTransition({ actor: editor, article: { workflowState: 'in_review' }, to: 'published' }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      checkTransition({ actor: chief, article: { workflowState: 'in_review' }, to: 'published' })
        .ok,
    ).toBe(true)
    expect(
      checkTransition({
        actor: user(5, 'admin'),
        article: { workflowState: 'published' },
        to: 'unpublished',
      }).ok,
    ).toBe(true)
    expect(
      checkTransition({
        actor: editor,
        article: { workflowState: 'published' },
        to: 'unpublished',
      }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('answers 400 for a move the workflow does not have, whoever asks', () => {
    expect(
      checkTransition({ actor: chief, article: { workflowState: 'draft' }, to: 'published' }),
    ).toMatchObject({ ok: false, status: 400 })
    expect(
      checkTransition({ actor: chief, article: { workflowState: 'published' }, to: 'draft' }),
    ).toMatchObject({ ok: false, status: 400 })
    expect(
      checkTransition({ actor: chief, article: { workflowState: 'draft' }, to: 'archived' }),
    ).toMatchObject({ ok: false, status: 400 })
  })

  it('refuses moderators and anonymous callers with 403', () => {
    expect(
      checkTransition({ actor: moderator, article: { workflowState: 'draft' }, to: 'in_review' }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      checkTransition({ actor: null, article: { workflowState: 'draft' }, to: 'in_review' }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('lists the buttons each role sees', () => {
    const labels = (actor: typeof chief, state: string) =>
      availableTransitions(actor, { workflowState: state, createdBy: 1 }).map((t) => t.label)
    expect(labels(reporter, 'draft')).toEqual(['Gửi duyệt'])
    expect(labels(editor, 'in_review')).toEqual(['Trả lại'])
    expect(labels(chief, 'in_review')).toEqual(['Trả lại', 'Xuất bản'])
    expect(labels(chief, 'published')).toEqual(['Gỡ bài'])
    expect(labels(moderator, 'draft')).toEqual([])
  })
})
