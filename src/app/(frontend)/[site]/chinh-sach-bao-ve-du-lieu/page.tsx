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
      <h2>Thống kê lượt truy cập</h2>
      <p id="thong-ke-truy-cap">
        Để báo cáo số lượt truy cập (chân trang và báo cáo gửi cấp ủy), mỗi trang bạn mở gửi về máy
        chủ của cổng đường dẫn của trang đó. Cổng chỉ lưu các con số tổng hợp: số lượt truy cập theo
        trang, theo ngày và theo giờ, số người đang truy cập. Cổng không dùng cookie cho việc này,
        không lưu địa chỉ mạng, không lưu hồ sơ của từng người và không dùng dịch vụ theo dõi của
        bên thứ ba. Để không đếm một người hai lần trong 30 phút, cổng tính một mã băm có khóa từ
        địa chỉ mạng và trình duyệt của bạn, với khóa đổi mỗi ngày; mã này chỉ được giữ khoảng một
        giờ sau lần truy cập cuối rồi bị xóa, nên không thể nối các ngày truy cập của một người với
        nhau. Các máy tìm kiếm và chương trình tự động không được tính.
      </p>
      <p>
        Bạn có quyền yêu cầu xem, sửa hoặc xóa bình luận và dữ liệu của mình bằng cách liên hệ Ban
        biên tập qua thông tin ở chân trang.
      </p>
    </article>
  )
}
