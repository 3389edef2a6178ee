/**
 * Everything a reader can press on the public pages, without a framework: the pages are complete
 * HTML from the server, and Next's client runtime is removed from them
 * (src/site/withoutFrameworkScripts.ts). Each part finds its own markup (rendered by
 * src/site/components/*) and does nothing on a page without it:
 * - the visit beacon (no cookie; src/stats/beaconInServer.ts answers it);
 * - "Aa" font size in three steps, remembered, and the print buttons (ReaderTools);
 * - star rating (RatingBlock), the comment form with its live counter and the reply forms
 *   (CommentForm, ReplyButton);
 * - one voice playing at a time in "Nghe bài viết" (ListenToArticle).
 */
;(() => {
  'use strict'

  const base = document.body.dataset.base || ''

  function sendVisit() {
    const here = location.pathname
    const path = base && here.startsWith(base) ? here.slice(base.length) || '/' : here
    const url = `${base}/api/stats/hit`
    const body = JSON.stringify({ path })
    if (!navigator.sendBeacon || !navigator.sendBeacon(url, body))
      fetch(url, { method: 'POST', body, keepalive: true }).catch(() => {})
  }

  /** POSTs JSON; resolves with the status (0 when offline) and the parsed body or null. */
  async function postJson(url, payload) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
      })
      return { status: res.status, body: await res.json().catch(() => null) }
    } catch {
      return { status: 0, body: null }
    }
  }
  const errorMessage = (body, fallback) => body?.errors?.[0]?.message ?? fallback

  // Font size: html[data-co-chu] sets --fs-article (globals.css).
  const SIZES = ['nho', 'vua', 'lon']
  const SIZE_LABELS = { nho: 'Chữ nhỏ', vua: 'Chữ vừa', lon: 'Chữ lớn' }
  const SIZE_KEY = 'co-chu'

  function readerTools() {
    const buttons = document.querySelectorAll('[data-reader="co-chu"]')
    if (!buttons.length) return
    let size = 'vua'
    try {
      const saved = localStorage.getItem(SIZE_KEY)
      if (SIZES.includes(saved)) size = saved
    } catch {}
    const show = () => {
      document.documentElement.dataset.coChu = size
      for (const b of buttons) {
        b.dataset.size = size
        b.setAttribute('aria-label', `Cỡ chữ: ${SIZE_LABELS[size]}. Bấm để đổi`)
      }
    }
    show()
    for (const b of buttons)
      b.addEventListener('click', () => {
        size = SIZES[(SIZES.indexOf(size) + 1) % SIZES.length]
        show()
        try {
          localStorage.setItem(SIZE_KEY, size)
        } catch {}
      })
    for (const b of document.querySelectorAll('[data-reader="in"]'))
      b.addEventListener('click', () => window.print())
  }

  const averageText = (n) =>
    new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n)

  function rating(section) {
    const total = section.querySelector('[data-testid="rating-total"]')
    const average = section.querySelector('[data-testid="rating-average"]')
    const message = section.querySelector('.rating__message')
    section.addEventListener('change', async (event) => {
      const input = event.target
      if (!(input instanceof HTMLInputElement) || input.name !== 'diem') return
      const score = Number(input.value)
      for (const label of section.querySelectorAll('.rating__stars label'))
        label.classList.toggle('is-on', Number(label.querySelector('input').value) <= score)
      const { status, body } = await postJson(`/api/articles/${section.dataset.article}/rating`, {
        score,
      })
      if (status >= 200 && status < 300 && body) {
        total.textContent = `Tổng số điểm của bài viết là: ${body.total} trong ${body.count} đánh giá`
        average.textContent = `Xếp hạng: ${averageText(body.average)} - ${body.count} phiếu bầu`
        message.textContent = 'Cảm ơn bạn đã đánh giá bài viết.'
      } else {
        message.textContent = errorMessage(body, 'Chưa ghi nhận được đánh giá, vui lòng thử lại.')
      }
    })
  }

  // Counted as the server counts (src/comments/countCharacters.ts): NFC, trimmed, graphemes.
  const COMMENT_MIN = 5
  const COMMENT_MAX = 500
  let graphemes // made on first use: it loads the browser's text-breaking data
  function countCharacters(text) {
    const clean = text.normalize('NFC').trim()
    if (!clean) return 0
    graphemes ??= new Intl.Segmenter('vi', { granularity: 'grapheme' })
    let n = 0
    for (const _ of graphemes.segment(clean)) n++
    return n
  }

  function commentForm(form) {
    const content = form.elements.namedItem('content')
    const counter = form.querySelector('.comment-form__counter')
    const submit = form.querySelector('button[type="submit"]')
    const message = form.querySelector('.comment-form__message')
    const update = () => {
      const used = countCharacters(content.value)
      const left = COMMENT_MAX - used
      counter.textContent = `Bạn còn ${left}/${COMMENT_MAX} ký tự`
      if (used > 0 && used < COMMENT_MIN) {
        const hint = document.createElement('span')
        hint.className = 'comment-form__hint'
        hint.textContent = ` — Bạn vui lòng nhập từ ${COMMENT_MIN} ký tự trở lên`
        counter.append(hint)
      }
      submit.disabled = used < COMMENT_MIN || left < 0
    }
    content.addEventListener('input', update)
    update()
    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      const data = new FormData(form)
      const { status, body } = await postJson('/api/comments', {
        article: Number(form.dataset.article),
        parent: form.dataset.parent ? Number(form.dataset.parent) : undefined,
        website: data.get('website') || undefined,
        authorName: data.get('authorName'),
        authorEmail: data.get('authorEmail') || undefined,
        content: content.value,
        consent: data.get('consent') === 'on',
      })
      if (status === 201) {
        content.value = ''
        update()
        message.textContent = 'Cảm ơn bạn. Bình luận sẽ hiển thị sau khi được kiểm duyệt.'
      } else {
        message.textContent = errorMessage(body, 'Chưa gửi được bình luận, vui lòng thử lại sau.')
      }
    })
  }

  /** "Phản hồi": the page's comment form, copied under the comment, with ids of its own. */
  function replyForm(button) {
    const main = document.querySelector('form.comment-form[data-article]:not([data-parent])')
    if (!main) return null
    const parent = button.dataset.replyTo
    const form = main.cloneNode(true)
    form.reset()
    form.dataset.parent = parent
    const own = (value) => value.replace(/-moi$/, `-${parent}`)
    for (const el of form.querySelectorAll('[id]')) el.id = own(el.id)
    for (const el of form.querySelectorAll('label[for]')) el.htmlFor = own(el.htmlFor)
    for (const el of form.querySelectorAll('[aria-describedby]'))
      el.setAttribute('aria-describedby', own(el.getAttribute('aria-describedby')))
    form.querySelector('.comment-form__title').textContent = `Trả lời ${button.dataset.author}`
    form.querySelector('.comment-form__message').textContent = ''
    commentForm(form)
    return form
  }

  function replies() {
    for (const button of document.querySelectorAll('[data-reply-to]'))
      button.addEventListener('click', () => {
        let form = button.parentElement.querySelector('form')
        if (!form) {
          form = replyForm(button)
          if (!form) return
          button.after(form)
        }
        const open = button.getAttribute('aria-expanded') !== 'true'
        button.setAttribute('aria-expanded', String(open))
        form.hidden = !open
      })
  }

  /** Switching voice hides a player with CSS, which does not stop it: pause the others. */
  function oneVoiceAtATime(section) {
    const players = () => [...section.querySelectorAll('audio')]
    section.addEventListener('change', (event) => {
      const voice = event.target.dataset.voice
      for (const p of players()) if (p.dataset.voice !== voice) p.pause()
    })
    section.addEventListener(
      'play',
      (event) => {
        for (const p of players()) if (p !== event.target) p.pause()
      },
      true,
    )
  }

  sendVisit()
  readerTools()
  for (const section of document.querySelectorAll('.rating[data-article]')) rating(section)
  for (const form of document.querySelectorAll('form.comment-form[data-article]')) commentForm(form)
  replies()
  for (const section of document.querySelectorAll('.listen')) oneVoiceAtATime(section)
})()
