import type { AudioSource } from '../articleAudio'

/**
 * "Nghe bài viết": a native player per voice, chosen with radio buttons. Which player shows is
 * pure CSS (the checked radio, `:has()`); without `:has()` the first voice still shows. Nothing
 * loads before the reader presses play (`preload="none"`). Nothing at all without audio. public/ban-doc.js pauses the other voice when one plays.
 */
export function ListenToArticle({ sources }: { sources: AudioSource[] }) {
  if (!sources.length) return null
  const several = sources.length > 1
  return (
    <section className="listen" aria-labelledby="nghe-bai-viet">
      <h2 id="nghe-bai-viet" className="listen__title">
        Nghe bài viết
      </h2>
      {several ? (
        <fieldset className="listen__voices">
          <legend className="visually-hidden">Chọn giọng đọc</legend>
          {sources.map((s, i) => (
            <label key={s.voice} className="listen__voice">
              <input
                type="radio"
                name="giong-doc"
                value={s.voice}
                defaultChecked={i === 0}
                data-voice={s.voice}
              />
              <span>{s.label}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="listen__voices">{sources[0].label}</p>
      )}
      {sources.map((s) => (
        <audio
          key={s.voice}
          className="listen__player"
          data-voice={s.voice}
          controls
          preload="none"
          aria-label={`Nghe bài viết, ${s.label.toLowerCase()}`}
        >
          <source src={s.src} type={s.type} />
          <a href={s.src}>Tải tệp âm thanh ({s.label.toLowerCase()})</a>
        </audio>
      ))}
    </section>
  )
}
