import type { Metadata } from 'next'

// Rarely visited: rendered on each request, so its header always matches the site settings.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Chính sách bảo vệ dữ liệu cá nhân' }

export default function PrivacyPage() {
  return (
    <article className="article">
      <h1 className="page-title">Chính sách bảo vệ dữ liệu cá nhân</h1>
      <p>
        Khi bạn gửi bình luận hoặc đánh giá bài viết, cổng thông tin xử lý các dữ liệu sau, theo quy
        định của pháp luật Việt Nam về bảo vệ dữ liệu cá nhân:
      </p>
      <ul>
        <li>Họ tên bạn nhập: hiển thị công khai cùng bình luận sau khi được kiểm duyệt.</li>
        <li>
          Thư điện tử (không bắt buộc): chỉ người kiểm duyệt và quản trị viên xem được, dùng để liên
          hệ khi cần; không công khai.
        </li>
        <li>
          Địa chỉ mạng: không lưu nguyên dạng, chỉ lưu mã băm có khóa để chống lạm dụng; tự xóa sau
          90 ngày.
        </li>
        <li>Với đánh giá: một mã ngẫu nhiên trong cookie để mỗi người chỉ đánh giá một lần.</li>
      </ul>
      <p>
        Bạn có quyền yêu cầu xem, sửa hoặc xóa bình luận và dữ liệu của mình bằng cách liên hệ Ban
        biên tập qua thông tin ở chân trang.
      </p>
    </article>
  )
}
