'use client'

import { useEffect, useRef } from 'react'

/**
 * Switching voice hides a player with CSS, which does not stop it: this pauses the players of the
 * other voices when a radio changes or a player starts. The section works without it.
 */
export function PauseOtherVoices() {
  const marker = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const section = marker.current?.closest('.listen')
    if (!section) return
    const players = () => [...section.querySelectorAll<HTMLAudioElement>('audio')]
    const onChange = (event: Event) => {
      const voice = (event.target as HTMLInputElement).dataset.voice
      for (const p of players()) if (p.dataset.voice !== voice) p.pause()
    }
    const onPlay = (event: Event) => {
      for (const p of players()) if (p !== event.target) p.pause()
    }
    section.addEventListener('change', onChange)
    section.addEventListener('play', onPlay, true)
    return () => {
      section.removeEventListener('change', onChange)
      section.removeEventListener('play', onPlay, true)
    }
  }, [])
  return <span ref={marker} hidden />
}
