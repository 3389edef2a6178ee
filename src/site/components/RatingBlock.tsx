/**
 * The rating summary: X is the sum of all scores, N the number of votes, A their average.
 * Voting itself arrives with the ratings endpoint (POST /api/articles/{id}/rating).
 */
export function RatingBlock({ total, count }: { total: number; count: number }) {
  const average = count ? total / count : 0
  const avg = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
  return (
    <section className="rating" aria-labelledby="danh-gia">
      <h2 id="danh-gia" className="section-title">
        Đánh giá bài viết
      </h2>
      <p data-testid="rating-total">
        {`Tổng số điểm của bài viết là: ${total} trong ${count} đánh giá`}
      </p>
      <p data-testid="rating-average">
        {`Xếp hạng: ${avg} - ${count} phiếu bầu`}
      </p>
    </section>
  )
}
