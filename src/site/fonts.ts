/**
 * The public site's two typefaces, self-hosted from the fontsource packages through next/font
 * (no network at build time): only the latin and vietnamese subsets, weight axis, upright.
 * Vietnamese text needs nothing else, yet fontsource's full CSS also declared latin-ext, whose
 * range (U+0100–024F) overlaps ă đ ơ ư so browsers downloaded it too (≈170 KB per family).
 *
 * next/font gives one family per call and no per-file unicode-range, so each subset is its own
 * family carrying its range, and the CSS lists latin then vietnamese: the browser picks, glyph by
 * glyph, the first family whose range covers it, and downloads only what the page uses.
 * The ranges are fontsource's own for these subsets (@fontsource-variable/* 5.3.0 index.css),
 * written out in each call because next/font reads its options as literals, not constants.
 * `adjustFontFallback: false`: a metric-adjusted Arial between the two would take the Vietnamese
 * letters before the vietnamese face could.
 */
import localFont from 'next/font/local'

const sansLatin = localFont({
  src: '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-sans-latin',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
})
const sansVietnamese = localFont({
  src: '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-vietnamese-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-sans-vi',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
    },
  ],
})
const serifLatin = localFont({
  src: '../../node_modules/@fontsource-variable/noto-serif/files/noto-serif-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-serif-latin',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
})
const serifVietnamese = localFont({
  src: '../../node_modules/@fontsource-variable/noto-serif/files/noto-serif-vietnamese-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  adjustFontFallback: false,
  variable: '--font-serif-vi',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
    },
  ],
})

/** Class names for <html>: they define the --font-* variables globals.css builds --sans/--serif from. */
export const fontVariables = [sansLatin, sansVietnamese, serifLatin, serifVietnamese]
  .map((f) => f.variable)
  .join(' ')
