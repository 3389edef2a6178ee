import sharp from 'sharp'

/**
 * A 1600×900 cover picture drawn from shapes (no photos to license): a gradient in the
 * article's hue with a few soft circles, encoded as JPEG for Payload to resize into WebP sizes.
 */
export async function drawCoverImage(hue: number, seed: number): Promise<Buffer> {
  const circles = Array.from({ length: 6 }, (_, i) => {
    const x = (seed * 97 + i * 263) % 1600
    const y = (seed * 53 + i * 151) % 900
    const r = 80 + ((seed + i * 37) % 220)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="hsl(${(hue + i * 12) % 360},70%,${60 + (i % 3) * 8}%)" fill-opacity="0.35"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},65%,38%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,58%)"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>${circles}
    <rect y="760" width="1600" height="140" fill="#000" fill-opacity="0.18"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
