import Link from 'next/link'

export default function NotFound() {
  return (
    <section>
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không tồn tại hoặc đã được gỡ.</p>
      <p>
        <Link href="/">Về trang chủ</Link>
      </p>
    </section>
  )
}
