/**
 * Demo content for the news portal of the (fictional) Party committee of tỉnh Vĩnh An.
 * Every place, person, figure and document number below is invented for demonstration only.
 */

export type SeedCategory = {
  slug: string
  title: string
  order: number
  description: string
  parent?: string
}

export type SeedArticle = {
  title: string
  summary: string
  paragraphs: string[]
  subheadings?: { beforeParagraph: number; text: string }[]
  category: string
  tags: string[]
  byline: string
  source?: string
  featured?: boolean
  state: 'published' | 'in_review' | 'draft'
  hoursAgo: number
  image: { hue: number; caption: string; credit: string; alt: string }
}

export const seedCategories: SeedCategory[] = [
  {
    slug: 'tin-tuc-su-kien',
    title: 'Tin tức - Sự kiện',
    order: 1,
    description:
      'Tin tức thời sự, các sự kiện chính trị nổi bật của Đảng bộ, chính quyền và Nhân dân tỉnh Vĩnh An.',
  },
  {
    slug: 'xay-dung-dang',
    title: 'Xây dựng Đảng',
    order: 2,
    description:
      'Công tác xây dựng, chỉnh đốn Đảng về chính trị, tư tưởng, đạo đức, tổ chức và cán bộ; công tác kiểm tra, giám sát.',
  },
  {
    slug: 'chuyen-doi-so',
    title: 'Chuyển đổi số',
    order: 3,
    description:
      'Chuyển đổi số trong các cơ quan Đảng, chính quyền số, kinh tế số và xã hội số trên địa bàn tỉnh.',
  },
  {
    slug: 'van-ban-tu-lieu',
    title: 'Văn bản - Tư liệu',
    order: 4,
    description:
      'Văn bản chỉ đạo, hướng dẫn của cấp ủy và tư liệu về lịch sử, truyền thống của Đảng bộ tỉnh Vĩnh An.',
  },
  {
    slug: 'kinh-te-xa-hoi',
    title: 'Kinh tế - Xã hội',
    order: 5,
    description:
      'Tình hình phát triển kinh tế, văn hóa, xã hội, an sinh và đời sống Nhân dân trong tỉnh.',
  },
  {
    slug: 'quoc-phong-an-ninh',
    title: 'Quốc phòng - An ninh',
    order: 6,
    description:
      'Công tác quốc phòng địa phương, xây dựng khu vực phòng thủ, bảo đảm an ninh chính trị và trật tự an toàn xã hội.',
  },
  {
    slug: 'hoc-tap-va-lam-theo-bac',
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    order: 7,
    description:
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong cán bộ, đảng viên và các tầng lớp Nhân dân.',
  },
  {
    slug: 'guong-dien-hinh',
    title: 'Gương điển hình',
    order: 8,
    description:
      'Những tập thể, cá nhân tiêu biểu, người tốt, việc tốt trong các phong trào thi đua ở cơ sở.',
  },
]

export const seedArticles: SeedArticle[] = [
  // ───────────────────────────── Tin tức - Sự kiện ─────────────────────────────
  {
    title:
      'Hội nghị Ban Chấp hành Đảng bộ tỉnh Vĩnh An đánh giá kết quả lãnh đạo, chỉ đạo 6 tháng đầu năm',
    summary:
      'Ban Chấp hành Đảng bộ tỉnh Vĩnh An khóa XV tổ chức Hội nghị đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị 6 tháng đầu năm, thảo luận và thống nhất các giải pháp trọng tâm cho những tháng cuối năm.',
    paragraphs: [
      'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì Hội nghị. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các sở, ban, ngành, đoàn thể cấp tỉnh và bí thư các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu của 9 đảng bộ cấp huyện và 142 đảng bộ xã, phường, thị trấn trong toàn tỉnh.',
      'Báo cáo do đồng chí Lê Thị Thu Hương, Phó Bí thư Thường trực Tỉnh ủy trình bày cho biết, trong 6 tháng đầu năm, dù còn nhiều khó khăn do giá vật tư đầu vào tăng cao và thời tiết diễn biến bất thường, song với sự đoàn kết, nỗ lực của cả hệ thống chính trị, kinh tế của tỉnh tiếp tục duy trì đà phục hồi. Tốc độ tăng trưởng tổng sản phẩm trên địa bàn ước đạt 7,2%; thu ngân sách nhà nước đạt 56% dự toán; giải ngân vốn đầu tư công đạt 48% kế hoạch, cao hơn mức bình quân cùng kỳ.',
      'Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị được quan tâm chỉ đạo quyết liệt. Các cấp ủy đã tập trung chuẩn bị chu đáo cho đại hội đảng bộ các cấp, hoàn thành việc sắp xếp tổ chức bộ máy theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả. Toàn Đảng bộ đã kết nạp được 1.126 đảng viên mới, đạt 58% chỉ tiêu năm; công tác kiểm tra, giám sát được thực hiện nghiêm túc, đúng quy định.',
      'Thảo luận tại Hội nghị, các đại biểu tập trung phân tích những hạn chế, nguyên nhân và đề xuất nhiều giải pháp sát với thực tế. Nhiều ý kiến cho rằng cần tiếp tục tháo gỡ vướng mắc trong công tác giải phóng mặt bằng các công trình trọng điểm, đẩy nhanh tiến độ giải ngân vốn đầu tư công, đồng thời nâng cao chất lượng sinh hoạt chi bộ, nhất là ở các chi bộ thôn, tổ dân phố.',
      'Phát biểu kết luận Hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phát huy kết quả đạt được, tập trung lãnh đạo hoàn thành các chỉ tiêu Nghị quyết năm. Trong đó, ưu tiên cải thiện môi trường đầu tư, kinh doanh, đẩy mạnh chuyển đổi số, bảo đảm an sinh xã hội và giữ vững quốc phòng, an ninh trên địa bàn.',
      'Đồng chí nhấn mạnh, mỗi cán bộ, đảng viên, nhất là người đứng đầu phải nêu cao tinh thần trách nhiệm, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; kiên quyết khắc phục tình trạng né tránh, đùn đẩy công việc. Hội nghị đã thông qua Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm và cho ý kiến vào một số nội dung quan trọng khác thuộc thẩm quyền.',
    ],
    subheadings: [
      { beforeParagraph: 2, text: 'Công tác xây dựng Đảng có nhiều chuyển biến' },
      { beforeParagraph: 4, text: 'Quyết tâm hoàn thành thắng lợi nhiệm vụ năm' },
    ],
    category: 'tin-tuc-su-kien',
    tags: ['Tỉnh ủy', 'Hội nghị', 'Nghị quyết'],
    byline: 'Thu Hà - Quang Huy',
    source: 'Văn phòng Tỉnh ủy',
    featured: true,
    state: 'published',
    hoursAgo: 3,
    image: {
      hue: 4,
      caption: 'Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu kết luận Hội nghị.',
      credit: 'Ảnh: Quang Huy',
      alt: 'Quang cảnh Hội nghị Ban Chấp hành Đảng bộ tỉnh Vĩnh An tại hội trường Tỉnh ủy',
    },
  },
  {
    title:
      'Lãnh đạo tỉnh Vĩnh An thăm, tặng quà gia đình chính sách nhân kỷ niệm Ngày Thương binh - Liệt sĩ',
    summary:
      'Nhân dịp kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, đoàn công tác của tỉnh do đồng chí Phạm Quốc Bảo, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh dẫn đầu đã thăm hỏi, tặng quà các gia đình chính sách và dâng hương tại Nghĩa trang liệt sĩ tỉnh.',
    paragraphs: [
      'Tại huyện Tân Phú, đoàn đã đến thăm gia đình bà Trần Thị Lựu ở xã Vĩnh An, thân nhân của hai liệt sĩ hy sinh trong kháng chiến chống Mỹ cứu nước, và thương binh hạng 1/4 Đặng Văn Khương ở xã Tân Lập. Đồng chí Chủ tịch Ủy ban nhân dân tỉnh ân cần hỏi thăm sức khỏe, đời sống của các gia đình, bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến to lớn của các thương binh, liệt sĩ và thân nhân cho sự nghiệp giải phóng dân tộc, bảo vệ Tổ quốc.',
      'Đồng chí mong muốn các gia đình tiếp tục giữ gìn, phát huy truyền thống cách mạng, động viên con cháu chăm chỉ lao động, học tập, trở thành những công dân có ích cho xã hội. Đồng chí cũng đề nghị cấp ủy, chính quyền địa phương thường xuyên quan tâm, nắm bắt tâm tư, nguyện vọng và kịp thời giải quyết những khó khăn của người có công, bảo đảm mọi chế độ, chính sách được thực hiện đầy đủ, đúng quy định.',
      'Cùng ngày, đoàn đã tổ chức lễ dâng hương, dâng hoa tại Đài tưởng niệm và Nghĩa trang liệt sĩ tỉnh. Trong không khí trang nghiêm, các thành viên trong đoàn đã dành phút mặc niệm tưởng nhớ các anh hùng liệt sĩ đã anh dũng hy sinh vì độc lập, tự do của Tổ quốc, vì hạnh phúc của Nhân dân, đồng thời thắp hương lên từng phần mộ liệt sĩ trong nghĩa trang.',
      'Theo số liệu của cơ quan chức năng, toàn tỉnh hiện có hơn 18.500 người có công với cách mạng đang hưởng trợ cấp ưu đãi hằng tháng. Dịp này, tỉnh đã trích ngân sách hơn 9 tỷ đồng tặng quà cho người có công và thân nhân; đồng thời vận động các tổ chức, cá nhân, doanh nghiệp hỗ trợ xây mới, sửa chữa 65 nhà tình nghĩa và tu bổ các công trình ghi công liệt sĩ trên địa bàn.',
      'Phong trào “Đền ơn đáp nghĩa” ở Vĩnh An những năm qua đã thực sự trở thành phong trào sâu rộng, thu hút đông đảo các tầng lớp Nhân dân tham gia. Đến nay, 100% xã, phường, thị trấn trong tỉnh làm tốt công tác thương binh, liệt sĩ và người có công; 100% hộ gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.',
    ],
    category: 'tin-tuc-su-kien',
    tags: ['Đền ơn đáp nghĩa', 'Người có công', '27/7'],
    byline: 'Bài, ảnh: Minh Châu',
    state: 'published',
    hoursAgo: 52,
    image: {
      hue: 28,
      caption:
        'Đồng chí Chủ tịch Ủy ban nhân dân tỉnh thăm hỏi, tặng quà gia đình bà Trần Thị Lựu ở xã Vĩnh An.',
      credit: 'Ảnh: Minh Châu',
      alt: 'Lãnh đạo tỉnh trao quà cho thân nhân liệt sĩ tại nhà riêng',
    },
  },
  {
    title:
      'Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XV, nhiệm kỳ 2025 - 2030 thành công tốt đẹp',
    summary:
      'Sau hai ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ huyện Tân Phú lần thứ XV, nhiệm kỳ 2025 - 2030 đã hoàn thành toàn bộ nội dung, chương trình đề ra và bế mạc với sự nhất trí cao của các đại biểu.',
    paragraphs: [
      'Tham dự Đại hội có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy cùng 250 đại biểu đại diện cho hơn 7.800 đảng viên sinh hoạt tại 46 tổ chức cơ sở đảng trong toàn Đảng bộ huyện. Đại hội đã thảo luận, đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ trước, xác định phương hướng, mục tiêu, nhiệm vụ và giải pháp cho nhiệm kỳ mới với chủ đề “Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển”.',
      'Nhiệm kỳ qua, Đảng bộ huyện Tân Phú đã lãnh đạo hoàn thành và hoàn thành vượt 18/20 chỉ tiêu chủ yếu. Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,1%/năm; thu nhập bình quân đầu người tăng gấp 1,6 lần so với đầu nhiệm kỳ; toàn huyện có 14/16 xã đạt chuẩn nông thôn mới, trong đó 5 xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm còn 1,8%.',
      'Trên cơ sở phân tích những thuận lợi, khó khăn, Đại hội thống nhất xác định ba khâu đột phá trong nhiệm kỳ 2025 - 2030, gồm: phát triển hạ tầng giao thông kết nối vùng và hạ tầng số; chuyển dịch cơ cấu kinh tế nông nghiệp theo hướng ứng dụng công nghệ cao, gắn với xây dựng thương hiệu sản phẩm; nâng cao chất lượng đội ngũ cán bộ, nhất là cán bộ cơ sở, đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới.',
      'Phát biểu chỉ đạo Đại hội, đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương những kết quả mà Đảng bộ và Nhân dân huyện Tân Phú đạt được. Đồng chí đề nghị Ban Chấp hành Đảng bộ huyện khóa mới sớm cụ thể hóa Nghị quyết Đại hội thành các chương trình, đề án sát thực tế; phát huy tối đa tiềm năng về đất đai, lao động và vị trí địa lý để đưa Tân Phú trở thành một trong những địa phương phát triển khá của tỉnh.',
      'Đại hội đã bầu Ban Chấp hành Đảng bộ huyện khóa XV gồm 39 đồng chí và đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI gồm 15 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Hoàng Văn Lâm được tín nhiệm bầu giữ chức Bí thư Huyện ủy Tân Phú nhiệm kỳ 2025 - 2030. Đại hội đã thông qua Nghị quyết với sự nhất trí cao của các đại biểu.',
    ],
    subheadings: [{ beforeParagraph: 2, text: 'Xác định ba khâu đột phá cho nhiệm kỳ mới' }],
    category: 'tin-tuc-su-kien',
    tags: ['Đại hội', 'Tân Phú', 'Nhiệm kỳ 2025 - 2030'],
    byline: 'Hồng Nhung - Đức Anh',
    state: 'published',
    hoursAgo: 140,
    image: {
      hue: 352,
      caption: 'Ban Chấp hành Đảng bộ huyện Tân Phú khóa XV ra mắt Đại hội.',
      credit: 'Ảnh: Đức Anh',
      alt: 'Các đồng chí Ban Chấp hành Đảng bộ huyện khóa mới đứng trên sân khấu hội trường',
    },
  },

  // ───────────────────────────── Xây dựng Đảng ─────────────────────────────
  {
    title:
      'Đảng ủy xã Vĩnh An tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết về nâng cao chất lượng sinh hoạt chi bộ',
    summary:
      'Đảng ủy xã Vĩnh An, huyện Tân Phú vừa tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết chuyên đề về nâng cao chất lượng sinh hoạt chi bộ, đánh giá những chuyển biến rõ nét và đề ra các giải pháp tiếp tục đổi mới trong thời gian tới.',
    paragraphs: [
      'Đảng bộ xã Vĩnh An hiện có 14 chi bộ trực thuộc với 386 đảng viên, trong đó có 9 chi bộ thôn, 4 chi bộ trường học, trạm y tế và 1 chi bộ quân sự. Thực hiện Nghị quyết chuyên đề, Ban Chấp hành Đảng bộ xã đã ban hành kế hoạch triển khai cụ thể, phân công từng đồng chí đảng ủy viên phụ trách, dự sinh hoạt tại các chi bộ, kịp thời hướng dẫn, tháo gỡ những lúng túng trong tổ chức sinh hoạt.',
      'Qua 5 năm, chất lượng sinh hoạt chi bộ có chuyển biến rõ rệt. Nội dung sinh hoạt thường kỳ bám sát nhiệm vụ chính trị của địa phương, khắc phục tình trạng chung chung, hình thức. Mỗi quý, các chi bộ đều tổ chức ít nhất một buổi sinh hoạt chuyên đề với những chủ đề gần gũi như làm đường giao thông nông thôn, chuyển đổi cơ cấu cây trồng, giữ gìn an ninh trật tự ở khu dân cư hay vận động hộ gia đình tham gia bảo hiểm y tế.',
      'Tỷ lệ đảng viên dự sinh hoạt bình quân đạt trên 95%; nhiều đảng viên mạnh dạn phát biểu, đóng góp ý kiến xây dựng nghị quyết của chi bộ. Việc tự phê bình và phê bình được thực hiện nghiêm túc, tinh thần đoàn kết, thống nhất trong nội bộ được củng cố. Hằng năm có trên 85% chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên, không có chi bộ không hoàn thành nhiệm vụ.',
      'Bên cạnh kết quả đạt được, Hội nghị cũng thẳng thắn chỉ ra một số hạn chế như: ở một vài chi bộ thôn, công tác chuẩn bị nội dung sinh hoạt còn chưa chu đáo; việc theo dõi, đôn đốc thực hiện nghị quyết sau sinh hoạt có lúc chưa chặt chẽ; một số đảng viên cao tuổi chưa thực sự chủ động tham gia ý kiến. Nguyên nhân chủ yếu là năng lực của một bộ phận bí thư chi bộ còn hạn chế, chưa mạnh dạn đổi mới cách làm.',
      'Phát biểu tại Hội nghị, đồng chí Trần Minh Đức, Bí thư Đảng ủy xã Vĩnh An đề nghị các chi bộ tiếp tục đổi mới cách thức chuẩn bị và điều hành sinh hoạt, tăng cường ứng dụng công nghệ thông tin trong việc gửi tài liệu, thông báo lịch họp; chú trọng bồi dưỡng kỹ năng cho đội ngũ bí thư, phó bí thư chi bộ. Mỗi đảng viên phải thực sự gương mẫu, nói đi đôi với làm, giữ mối liên hệ mật thiết với Nhân dân.',
      'Dịp này, Đảng ủy xã Vĩnh An đã khen thưởng 4 tập thể và 9 cá nhân có thành tích xuất sắc trong thực hiện Nghị quyết. Chi bộ thôn Đông Hà và Chi bộ Trường Tiểu học Vĩnh An là hai đơn vị tiêu biểu, được Ban Thường vụ Huyện ủy Tân Phú lựa chọn làm điểm để các cơ sở khác trong huyện đến học tập, trao đổi kinh nghiệm.',
    ],
    subheadings: [
      { beforeParagraph: 1, text: 'Sinh hoạt chi bộ đi vào nền nếp, thiết thực' },
      { beforeParagraph: 4, text: 'Tiếp tục đổi mới nội dung, hình thức sinh hoạt' },
    ],
    category: 'xay-dung-dang',
    tags: ['Sinh hoạt chi bộ', 'Đảng ủy xã', 'Tân Phú'],
    byline: 'Bài, ảnh: Thanh Tùng',
    featured: true,
    state: 'published',
    hoursAgo: 9,
    image: {
      hue: 210,
      caption: 'Đồng chí Trần Minh Đức, Bí thư Đảng ủy xã Vĩnh An phát biểu tại Hội nghị sơ kết.',
      credit: 'Ảnh: Thanh Tùng',
      alt: 'Đảng viên các chi bộ dự Hội nghị sơ kết tại hội trường Ủy ban nhân dân xã Vĩnh An',
    },
  },
  {
    title:
      'Ủy ban Kiểm tra Tỉnh ủy Vĩnh An triển khai nhiệm vụ kiểm tra, giám sát những tháng cuối năm',
    summary:
      'Ủy ban Kiểm tra Tỉnh ủy Vĩnh An tổ chức hội nghị sơ kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng 6 tháng đầu năm, đồng thời triển khai nhiệm vụ trọng tâm với yêu cầu chủ động, đúng trọng tâm, trọng điểm.',
    paragraphs: [
      'Theo báo cáo tại hội nghị, trong 6 tháng đầu năm, cấp ủy các cấp trong Đảng bộ tỉnh đã kiểm tra 412 tổ chức đảng và 1.035 đảng viên; giám sát chuyên đề 368 tổ chức đảng và 920 đảng viên. Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 17 tổ chức đảng và 46 đảng viên, qua đó kịp thời chấn chỉnh những thiếu sót, xử lý nghiêm các trường hợp vi phạm ngay từ cơ sở.',
      'Công tác kiểm tra, giám sát được triển khai đúng nguyên tắc, quy trình, tập trung vào những lĩnh vực nhạy cảm, dễ phát sinh sai phạm như quản lý đất đai, tài chính, đầu tư công và công tác cán bộ. Việc giải quyết đơn thư tố cáo, khiếu nại được thực hiện kịp thời, khách quan, góp phần giữ vững kỷ cương, kỷ luật trong Đảng và củng cố niềm tin của cán bộ, đảng viên và Nhân dân.',
      'Tuy nhiên, hội nghị cũng chỉ ra rằng công tác tự kiểm tra của một số chi bộ còn mang tính hình thức; việc phát hiện vi phạm qua giám sát thường xuyên còn ít; chất lượng báo cáo kết quả kiểm tra ở một số nơi chưa cao. Một bộ phận cán bộ làm công tác kiểm tra ở cơ sở còn kiêm nhiệm nhiều việc, kinh nghiệm và kỹ năng nghiệp vụ còn hạn chế.',
      'Phát biểu chỉ đạo, đồng chí Đỗ Văn Khải, Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy yêu cầu các cấp ủy, ủy ban kiểm tra tập trung thực hiện tốt chương trình kiểm tra, giám sát năm; gắn công tác kiểm tra, giám sát với phục vụ đại hội đảng bộ các cấp, bảo đảm nhân sự được giới thiệu thực sự tiêu biểu về phẩm chất, năng lực và uy tín.',
      'Đồng chí cũng đề nghị đẩy mạnh ứng dụng công nghệ thông tin trong quản lý dữ liệu kiểm tra, giám sát; tăng cường bồi dưỡng nghiệp vụ cho đội ngũ cán bộ kiểm tra cơ sở; phối hợp chặt chẽ với các cơ quan thanh tra, kiểm toán và cơ quan tư pháp để phát hiện sớm, xử lý nghiêm minh các vi phạm, không có vùng cấm, không có ngoại lệ.',
    ],
    category: 'xay-dung-dang',
    tags: ['Kiểm tra, giám sát', 'Kỷ luật đảng'],
    byline: 'Phương Thảo',
    source: 'Ủy ban Kiểm tra Tỉnh ủy',
    state: 'published',
    hoursAgo: 75,
    image: {
      hue: 220,
      caption:
        'Đồng chí Đỗ Văn Khải, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát biểu chỉ đạo hội nghị.',
      credit: 'Ảnh: Phương Thảo',
      alt: 'Đại biểu dự hội nghị sơ kết công tác kiểm tra, giám sát của Ủy ban Kiểm tra Tỉnh ủy',
    },
  },
  {
    title:
      'Huyện Thạch Bình chú trọng phát triển đảng viên trong đoàn viên thanh niên và người lao động ở doanh nghiệp',
    summary:
      'Xác định phát triển đảng viên là nhiệm vụ thường xuyên, quan trọng của công tác xây dựng Đảng, Ban Thường vụ Huyện ủy Thạch Bình đã có nhiều giải pháp linh hoạt để tạo nguồn, bồi dưỡng và kết nạp đảng viên trẻ, nhất là ở khu vực doanh nghiệp ngoài nhà nước.',
    paragraphs: [
      'Từ đầu năm đến nay, Đảng bộ huyện Thạch Bình đã kết nạp 142 đảng viên mới, đạt 71% chỉ tiêu năm; trong đó có 98 đảng viên là đoàn viên thanh niên và 23 đảng viên là công nhân lao động tại các doanh nghiệp trên địa bàn. Đây là kết quả của quá trình chủ động tạo nguồn từ sớm, từ xa, gắn với việc phát huy vai trò của tổ chức đoàn, công đoàn trong giới thiệu quần chúng ưu tú cho Đảng xem xét kết nạp.',
      'Huyện ủy chỉ đạo các chi bộ, đảng bộ cơ sở giao nhiệm vụ cụ thể cho đảng viên theo dõi, giúp đỡ quần chúng ưu tú; thông qua các phong trào tình nguyện, khởi nghiệp, thi đua lao động sản xuất để phát hiện những nhân tố tích cực. Nhiều thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương, có bản lĩnh chính trị vững vàng, đã được các chi bộ thôn tiếp tục bồi dưỡng và kết nạp vào Đảng.',
      'Đối với khu vực doanh nghiệp, Ban Thường vụ Huyện ủy phân công các đồng chí huyện ủy viên trực tiếp gặp gỡ, trao đổi với chủ doanh nghiệp để tạo sự đồng thuận trong việc thành lập tổ chức đảng, tổ chức công đoàn. Đến nay, toàn huyện đã thành lập được 6 chi bộ trong doanh nghiệp tư nhân, góp phần đưa chủ trương, nghị quyết của Đảng đến gần hơn với người lao động.',
      'Anh Lê Văn Tùng, công nhân Công ty TNHH May mặc Thạch Bình, vừa được kết nạp vào Đảng, chia sẻ: “Được đứng trong hàng ngũ của Đảng là niềm vinh dự lớn đối với tôi. Tôi sẽ cố gắng gương mẫu trong công việc, giúp đỡ anh chị em trong tổ sản xuất để cùng hoàn thành tốt nhiệm vụ, xứng đáng với sự tin tưởng của chi bộ và tập thể công nhân”.',
      'Theo đồng chí Vũ Thị Lan, Trưởng Ban Tổ chức Huyện ủy Thạch Bình, thời gian tới huyện sẽ tiếp tục rà soát, nắm chắc nguồn quần chúng ưu tú ở từng thôn, tổ dân phố và doanh nghiệp; kiên quyết không chạy theo số lượng mà coi trọng chất lượng, bảo đảm mỗi đảng viên mới được kết nạp đều đủ tiêu chuẩn, điều kiện, thực sự là hạt nhân tích cực ở cơ sở.',
    ],
    subheadings: [{ beforeParagraph: 1, text: 'Tạo nguồn từ các phong trào thi đua' }],
    category: 'xay-dung-dang',
    tags: ['Phát triển đảng viên', 'Thạch Bình', 'Doanh nghiệp'],
    byline: 'Ngọc Lan',
    state: 'published',
    hoursAgo: 196,
    image: {
      hue: 196,
      caption: 'Lễ kết nạp đảng viên mới tại Chi bộ Công ty TNHH May mặc Thạch Bình.',
      credit: 'Ảnh: Ngọc Lan',
      alt: 'Đảng viên mới tuyên thệ trước cờ Đảng trong lễ kết nạp tại doanh nghiệp',
    },
  },

  // ───────────────────────────── Chuyển đổi số ─────────────────────────────
  {
    title: 'Vĩnh An đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan Đảng từ tỉnh đến cơ sở',
    summary:
      'Với quyết tâm xây dựng nền hành chính Đảng hiện đại, minh bạch, Tỉnh ủy Vĩnh An đã triển khai đồng bộ nhiều giải pháp chuyển đổi số, từng bước đưa văn bản điện tử, hội nghị trực tuyến và sổ tay đảng viên điện tử trở thành công cụ làm việc quen thuộc của cán bộ, đảng viên.',
    paragraphs: [
      'Thực hiện Đề án chuyển đổi số trong các cơ quan Đảng của tỉnh, Văn phòng Tỉnh ủy đã phối hợp với các cơ quan chuyên môn hoàn thiện hạ tầng mạng diện rộng, kết nối tới 100% huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc và các đảng ủy xã, phường, thị trấn. Hệ thống quản lý văn bản và điều hành được triển khai thống nhất, cho phép tiếp nhận, xử lý văn bản đến và phát hành văn bản đi hoàn toàn trên môi trường mạng.',
      'Đến nay, trên 92% văn bản không mật của các cơ quan Đảng trong tỉnh được gửi, nhận dưới dạng điện tử có ký số. Việc này không chỉ giúp tiết kiệm đáng kể chi phí in ấn, chuyển phát mà còn rút ngắn thời gian xử lý công việc, tạo thuận lợi cho lãnh đạo theo dõi, đôn đốc tiến độ giải quyết. Hệ thống hội nghị truyền hình trực tuyến cũng được mở rộng tới cấp xã, giúp các hội nghị quán triệt nghị quyết được tổ chức nhanh chóng, thống nhất.',
      'Ứng dụng Sổ tay đảng viên điện tử được đưa vào sử dụng rộng rãi, với trên 41.000 tài khoản đã được kích hoạt. Thông qua ứng dụng, đảng viên có thể tra cứu văn bản, tài liệu sinh hoạt chi bộ, cập nhật thông tin thời sự và tham gia đóng góp ý kiến cho các dự thảo nghị quyết. Nhiều chi bộ đã dùng ứng dụng để gửi tài liệu trước kỳ sinh hoạt, giúp đảng viên nghiên cứu kỹ nội dung và phát biểu có chất lượng hơn.',
      'Theo đồng chí Lương Văn Hiếu, Phó Chánh Văn phòng Tỉnh ủy, thách thức lớn nhất trong quá trình chuyển đổi số không nằm ở công nghệ mà ở thói quen làm việc và kỹ năng số của đội ngũ cán bộ. Vì vậy, Tỉnh ủy đã tổ chức nhiều lớp tập huấn về sử dụng chữ ký số, bảo đảm an toàn thông tin, khai thác cơ sở dữ liệu cho cán bộ văn phòng cấp ủy, đặc biệt là ở cấp xã.',
      'Bên cạnh đó, công tác bảo đảm an toàn, an ninh mạng được đặt lên hàng đầu. Các hệ thống thông tin của cơ quan Đảng đều được phân loại cấp độ, triển khai giám sát an toàn thông tin tập trung và định kỳ diễn tập ứng cứu sự cố. Việc quản lý, sử dụng thiết bị lưu trữ và máy tính soạn thảo văn bản mật được thực hiện nghiêm ngặt theo quy định của Đảng và pháp luật của Nhà nước.',
      'Thời gian tới, Tỉnh ủy Vĩnh An đặt mục tiêu hoàn thành số hóa hồ sơ, tài liệu lưu trữ của các giai đoạn trước, xây dựng kho dữ liệu dùng chung của các cơ quan Đảng và từng bước ứng dụng trí tuệ nhân tạo trong tổng hợp, phân tích thông tin phục vụ công tác lãnh đạo, chỉ đạo. Đây được xem là bước đi quan trọng để nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ tỉnh trong giai đoạn mới.',
    ],
    subheadings: [
      { beforeParagraph: 1, text: 'Văn bản điện tử dần thay thế văn bản giấy' },
      { beforeParagraph: 3, text: 'Con người là yếu tố then chốt' },
    ],
    category: 'chuyen-doi-so',
    tags: ['Chuyển đổi số', 'Cơ quan Đảng', 'Văn bản điện tử'],
    byline: 'Văn Khoa',
    source: 'Văn phòng Tỉnh ủy',
    featured: true,
    state: 'published',
    hoursAgo: 20,
    image: {
      hue: 174,
      caption: 'Cán bộ Văn phòng Tỉnh ủy xử lý văn bản trên hệ thống quản lý văn bản và điều hành.',
      credit: 'Ảnh: Văn Khoa',
      alt: 'Cán bộ làm việc trước màn hình máy tính tại Văn phòng Tỉnh ủy Vĩnh An',
    },
  },
  {
    title:
      'Tổ công nghệ số cộng đồng giúp người dân xã An Hòa làm quen với dịch vụ công trực tuyến',
    summary:
      'Không chỉ hướng dẫn cài đặt ứng dụng định danh điện tử hay thanh toán không dùng tiền mặt, các thành viên Tổ công nghệ số cộng đồng ở xã An Hòa, huyện An Khánh còn kiên trì “cầm tay chỉ việc” để người dân tự nộp hồ sơ trực tuyến.',
    paragraphs: [
      'Sáng thứ Bảy hằng tuần, tại nhà văn hóa thôn Phú Xuân, xã An Hòa, chị Nguyễn Thị Mai, đoàn viên thanh niên, thành viên Tổ công nghệ số cộng đồng lại có mặt từ sớm để hỗ trợ bà con. Người cần đăng ký khai sinh cho con, người muốn cấp đổi giấy phép lái xe, có cụ ông chỉ đơn giản là nhờ cài lại ứng dụng để xem thông tin lương hưu. Mỗi buổi, tổ hỗ trợ được từ 20 đến 30 lượt người.',
      'Xã An Hòa hiện có 8 tổ công nghệ số cộng đồng với 56 thành viên, gồm cán bộ thôn, đoàn viên thanh niên, hội viên phụ nữ và giáo viên các trường học trên địa bàn. Các tổ được tập huấn kỹ năng sử dụng Cổng dịch vụ công, ứng dụng định danh điện tử, thanh toán trực tuyến và nhận diện các thủ đoạn lừa đảo qua mạng để hướng dẫn lại cho người dân.',
      'Ông Phạm Văn Hợi, 68 tuổi, ở thôn Phú Xuân kể: “Trước đây, muốn làm giấy tờ gì cũng phải lên xã, có khi phải đi lại mấy lần. Nay được các cháu hướng dẫn, tôi đã tự nộp hồ sơ trên điện thoại, kết quả được gửi về tận nhà. Mấy cháu còn nhắc tôi cảnh giác với những cuộc gọi lạ đòi chuyển tiền, nên tôi yên tâm lắm”.',
      'Nhờ sự vào cuộc của các tổ công nghệ số cộng đồng, tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến tại xã An Hòa đã tăng từ 38% lên gần 80% chỉ sau một năm. Trên 70% người trưởng thành trong xã đã có tài khoản định danh điện tử mức độ 2; nhiều hộ kinh doanh, hộ sản xuất đã sử dụng mã QR để thanh toán và bán hàng qua các sàn thương mại điện tử.',
      'Đồng chí Lê Quang Vinh, Bí thư Đảng ủy xã An Hòa cho biết, Đảng ủy xã đã đưa chỉ tiêu về chuyển đổi số vào nghị quyết hằng năm và giao cho từng chi bộ thôn theo dõi, đánh giá. Thời gian tới, xã sẽ tiếp tục duy trì hoạt động của các tổ, đồng thời kêu gọi doanh nghiệp viễn thông hỗ trợ thiết bị cho các hộ khó khăn để không ai bị bỏ lại phía sau trong quá trình chuyển đổi số.',
    ],
    category: 'chuyen-doi-so',
    tags: ['Dịch vụ công trực tuyến', 'Tổ công nghệ số cộng đồng', 'An Khánh'],
    byline: 'Bài, ảnh: Minh Châu',
    state: 'published',
    hoursAgo: 310,
    image: {
      hue: 160,
      caption:
        'Thành viên Tổ công nghệ số cộng đồng hướng dẫn người cao tuổi thôn Phú Xuân nộp hồ sơ trực tuyến.',
      credit: 'Ảnh: Minh Châu',
      alt: 'Đoàn viên thanh niên hướng dẫn một cụ ông sử dụng điện thoại thông minh',
    },
  },
  {
    title:
      'Thí điểm phần mềm quản lý hồ sơ đảng viên điện tử tại ba đảng bộ cấp huyện của tỉnh Vĩnh An',
    summary:
      'Ban Tổ chức Tỉnh ủy Vĩnh An đang phối hợp với Văn phòng Tỉnh ủy thí điểm phần mềm quản lý hồ sơ đảng viên điện tử tại các đảng bộ huyện Tân Phú, huyện Thạch Bình và thị xã Phú Vinh trước khi nhân rộng ra toàn tỉnh.',
    paragraphs: [
      'Theo kế hoạch, giai đoạn thí điểm kéo dài 6 tháng, tập trung vào việc số hóa hồ sơ gốc, cập nhật thông tin biến động và kết nối dữ liệu với cơ sở dữ liệu đảng viên của tỉnh. Toàn bộ lý lịch đảng viên, phiếu đảng viên, quyết định kết nạp, giấy giới thiệu sinh hoạt đảng sẽ được quét, đối chiếu và lưu trữ trên hệ thống có phân quyền truy cập chặt chẽ theo từng cấp.',
      'Đồng chí Hoàng Minh Tuấn, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy cho biết, việc quản lý hồ sơ đảng viên theo phương thức truyền thống bộc lộ nhiều bất cập như mất nhiều thời gian tra cứu, dễ thất lạc, hư hỏng do thời tiết. Phần mềm mới sẽ giúp cấp ủy nắm chắc số lượng, chất lượng đội ngũ đảng viên, phục vụ kịp thời công tác quy hoạch, đánh giá cán bộ.',
      'Sau hơn hai tháng triển khai, các đơn vị thí điểm đã số hóa được khoảng 60% hồ sơ đảng viên. Một số khó khăn ban đầu như hồ sơ cũ bị mờ, thiếu thông tin, đường truyền ở một số xã chưa ổn định đang được các đơn vị phối hợp khắc phục. [Ghi chú biên tập: đề nghị Ban Tổ chức Tỉnh ủy cung cấp số liệu cập nhật đến cuối tháng để bổ sung trước khi xuất bản.]',
      'Để bảo đảm an toàn thông tin, hệ thống được đặt tại trung tâm dữ liệu của các cơ quan Đảng, dữ liệu được mã hóa và sao lưu định kỳ. Cán bộ được giao quản lý hồ sơ phải sử dụng tài khoản cá nhân kèm xác thực hai lớp; mọi thao tác truy cập, chỉnh sửa đều được ghi nhật ký để phục vụ công tác kiểm tra, giám sát khi cần thiết.',
      'Dự kiến sau khi sơ kết giai đoạn thí điểm, Ban Thường vụ Tỉnh ủy sẽ xem xét, quyết định lộ trình nhân rộng phần mềm ra tất cả các đảng bộ trực thuộc, phấn đấu hoàn thành số hóa toàn bộ hồ sơ đảng viên trong toàn Đảng bộ tỉnh trước khi kết thúc năm tới, góp phần xây dựng cơ sở dữ liệu đảng viên thống nhất, đồng bộ.',
    ],
    category: 'chuyen-doi-so',
    tags: ['Hồ sơ đảng viên', 'Số hóa', 'Công tác tổ chức'],
    byline: 'Văn Khoa',
    state: 'in_review',
    hoursAgo: 6,
    image: {
      hue: 188,
      caption: 'Cán bộ Văn phòng Huyện ủy Tân Phú số hóa hồ sơ đảng viên.',
      credit: 'Ảnh: Văn Khoa',
      alt: 'Cán bộ quét tài liệu hồ sơ đảng viên bằng máy quét tại văn phòng huyện ủy',
    },
  },

  // ───────────────────────────── Văn bản - Tư liệu ─────────────────────────────
  {
    title:
      'Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tăng cường bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới',
    summary:
      'Ban Thường vụ Tỉnh ủy Vĩnh An vừa ban hành Kế hoạch số 125-KH/TU về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới. Dưới đây là những nội dung chính của Kế hoạch.',
    paragraphs: [
      'Kế hoạch xác định mục đích nhằm nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, cán bộ, đảng viên và Nhân dân về vị trí, ý nghĩa của công tác bảo vệ nền tảng tư tưởng của Đảng; kiên định chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc gắn liền với chủ nghĩa xã hội; chủ động phòng ngừa, kịp thời đấu tranh với các thông tin xấu độc trên không gian mạng.',
      'Kế hoạch đề ra 6 nhóm nhiệm vụ, giải pháp, trong đó nhấn mạnh việc đổi mới nội dung, phương thức tuyên truyền theo hướng trực quan, sinh động, phù hợp với từng đối tượng; phát huy vai trò của báo chí, hệ thống thông tin cơ sở và lực lượng báo cáo viên, tuyên truyền viên. Các cấp ủy phải đưa nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng vào chương trình công tác toàn khóa và hằng năm.',
      'Ban Chỉ đạo 35 các cấp được kiện toàn, bổ sung thành viên có chuyên môn phù hợp; xây dựng và duy trì hoạt động hiệu quả của lực lượng nòng cốt trong đấu tranh trên không gian mạng. Các cơ quan, đơn vị tăng cường xây dựng, lan tỏa thông tin tích cực, những tấm gương người tốt, việc tốt, các mô hình hay, cách làm sáng tạo trên địa bàn để “lấy cái đẹp dẹp cái xấu”.',
      'Kế hoạch cũng yêu cầu chú trọng nghiên cứu, tổng kết thực tiễn, cung cấp luận cứ khoa học phục vụ công tác đấu tranh; bồi dưỡng kỹ năng viết bài, phản bác quan điểm sai trái cho đội ngũ cán bộ làm công tác tuyên giáo, phóng viên, biên tập viên. Việc xử lý các trường hợp cán bộ, đảng viên đăng tải, chia sẻ thông tin sai sự thật phải được thực hiện nghiêm minh, kịp thời.',
      'Ban Tuyên giáo Tỉnh ủy là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; định kỳ 6 tháng, một năm tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc căn cứ nội dung Kế hoạch để cụ thể hóa, triển khai phù hợp với tình hình thực tế của địa phương, đơn vị.',
    ],
    subheadings: [
      { beforeParagraph: 1, text: 'Nhiệm vụ và giải pháp chủ yếu' },
      { beforeParagraph: 4, text: 'Tổ chức thực hiện' },
    ],
    category: 'van-ban-tu-lieu',
    tags: ['Văn bản chỉ đạo', 'Bảo vệ nền tảng tư tưởng', 'Ban Thường vụ'],
    byline: 'P.V',
    source: 'Văn phòng Tỉnh ủy',
    state: 'published',
    hoursAgo: 98,
    image: {
      hue: 42,
      caption: 'Hội nghị quán triệt, triển khai Kế hoạch tới các cấp ủy trực thuộc.',
      credit: 'Ảnh: Tư liệu',
      alt: 'Tập văn bản Kế hoạch của Ban Thường vụ Tỉnh ủy đặt trên bàn làm việc',
    },
  },
  {
    title:
      'Tư liệu: Những dấu mốc quan trọng trong lịch sử hình thành và phát triển của Đảng bộ tỉnh Vĩnh An',
    summary:
      'Trải qua gần một thế kỷ đấu tranh, xây dựng và trưởng thành, Đảng bộ tỉnh Vĩnh An đã lãnh đạo Nhân dân trong tỉnh vượt qua muôn vàn khó khăn, thử thách, lập nên nhiều chiến công và thành tựu. Bài viết điểm lại một số dấu mốc tiêu biểu.',
    paragraphs: [
      'Những năm đầu thập niên 30 của thế kỷ XX, trước sự lan tỏa của phong trào cách mạng do Đảng Cộng sản Việt Nam lãnh đạo, trên vùng đất Vĩnh An đã xuất hiện những hạt nhân cách mạng đầu tiên. Từ các cơ sở bí mật ở làng Đông Hà và bến sông Phú Xuân, những chiến sĩ cộng sản kiên trung đã tuyên truyền, giác ngộ quần chúng, tạo tiền đề cho sự ra đời của tổ chức đảng ở địa phương.',
      'Theo tư liệu lịch sử Đảng bộ tỉnh, năm 1931, chi bộ đảng đầu tiên của Vĩnh An được thành lập với 5 đảng viên. Dù bị kẻ thù khủng bố gắt gao, các đảng viên vẫn bám dân, bám cơ sở, duy trì phong trào. Tháng 8 năm 1945, dưới sự lãnh đạo của tổ chức đảng, Nhân dân Vĩnh An đã đồng loạt nổi dậy giành chính quyền, góp phần vào thắng lợi chung của Cách mạng Tháng Tám trên cả nước.',
      'Trong các cuộc kháng chiến chống thực dân Pháp và đế quốc Mỹ, Đảng bộ tỉnh đã lãnh đạo quân và dân trong tỉnh vừa sản xuất, vừa chiến đấu, xây dựng hậu phương vững chắc, chi viện sức người, sức của cho tiền tuyến. Hàng nghìn người con của quê hương đã anh dũng hy sinh; nhiều tập thể, cá nhân được tuyên dương danh hiệu Anh hùng Lực lượng vũ trang nhân dân, hàng trăm bà mẹ được phong tặng danh hiệu Bà mẹ Việt Nam Anh hùng.',
      'Bước vào thời kỳ đổi mới, Đảng bộ tỉnh đã vận dụng sáng tạo đường lối của Đảng vào điều kiện cụ thể của địa phương. Từ một tỉnh thuần nông, đời sống Nhân dân còn nhiều khó khăn, Vĩnh An từng bước chuyển dịch cơ cấu kinh tế theo hướng công nghiệp, dịch vụ; hình thành các khu, cụm công nghiệp; hạ tầng giao thông, đô thị được đầu tư khang trang; chất lượng giáo dục, y tế không ngừng được nâng lên.',
      'Từ chi bộ đầu tiên với 5 đảng viên, đến nay Đảng bộ tỉnh Vĩnh An đã có hơn 62.000 đảng viên sinh hoạt tại gần 700 tổ chức cơ sở đảng. Những dấu mốc lịch sử ấy là niềm tự hào, đồng thời là nguồn động lực to lớn để các thế hệ cán bộ, đảng viên và Nhân dân trong tỉnh tiếp tục đoàn kết, vượt qua thách thức, xây dựng quê hương ngày càng giàu đẹp, văn minh.',
    ],
    subheadings: [
      { beforeParagraph: 2, text: 'Trong hai cuộc kháng chiến' },
      { beforeParagraph: 3, text: 'Thời kỳ đổi mới và hội nhập' },
    ],
    category: 'van-ban-tu-lieu',
    tags: ['Lịch sử Đảng bộ', 'Tư liệu', 'Truyền thống'],
    byline: 'Ban biên tập',
    source: 'Ban Tuyên giáo Tỉnh ủy',
    state: 'published',
    hoursAgo: 520,
    image: {
      hue: 32,
      caption: 'Di tích nơi thành lập chi bộ đảng đầu tiên của tỉnh ở làng Đông Hà.',
      credit: 'Ảnh: Tư liệu',
      alt: 'Ngôi nhà cổ mái ngói, di tích lịch sử cách mạng của tỉnh Vĩnh An',
    },
  },
  {
    title:
      'Hướng dẫn quy trình tổ chức lấy ý kiến góp ý dự thảo văn kiện trình Đại hội Đảng bộ các cấp',
    summary:
      'Để việc góp ý dự thảo văn kiện được tiến hành dân chủ, thực chất, Ban Tuyên giáo Tỉnh ủy hướng dẫn các cấp ủy quy trình tổ chức lấy ý kiến cán bộ, đảng viên và Nhân dân, cũng như cách thức tổng hợp, tiếp thu các ý kiến đóng góp.',
    paragraphs: [
      'Đối tượng lấy ý kiến gồm cán bộ, đảng viên trong toàn Đảng bộ; các tầng lớp Nhân dân thông qua Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội; các nhà khoa học, chuyên gia, văn nghệ sĩ, trí thức, doanh nhân tiêu biểu. Việc lấy ý kiến phải bảo đảm công khai, dân chủ, khách quan, tránh hình thức; mọi ý kiến đóng góp phải được ghi nhận đầy đủ, trung thực.',
      'Hình thức góp ý được thực hiện linh hoạt: thảo luận tại hội nghị chi bộ, hội nghị cấp ủy; tổ chức tọa đàm, hội thảo chuyên đề; gửi ý kiến bằng văn bản hoặc qua chuyên mục góp ý trên Cổng thông tin điện tử Đảng bộ tỉnh và ứng dụng Sổ tay đảng viên điện tử. Đối với Nhân dân, việc lấy ý kiến được thực hiện thông qua các hội nghị ở khu dân cư và hộp thư góp ý đặt tại trụ sở Ủy ban nhân dân cấp xã.',
      'Sau khi kết thúc thời gian góp ý, các cấp ủy phân công bộ phận giúp việc tổng hợp đầy đủ ý kiến, phân loại theo từng nội dung của dự thảo; những ý kiến khác nhau, ý kiến mới phải được báo cáo riêng để cấp ủy nghiên cứu, xem xét. Báo cáo tổng hợp được gửi về Ban Tuyên giáo Tỉnh ủy đúng thời hạn để tổng hợp chung, báo cáo Ban Thường vụ Tỉnh ủy.',
      '[Đang hoàn thiện: bổ sung mốc thời gian cụ thể cho từng bước sau khi Ban Thường vụ Tỉnh ủy ban hành kế hoạch chính thức; đối chiếu lại mẫu biểu tổng hợp ý kiến.] Các cấp ủy cần chú trọng công tác tuyên truyền trước, trong và sau quá trình lấy ý kiến, phản ánh kịp thời những ý kiến tâm huyết, trách nhiệm của cán bộ, đảng viên và Nhân dân trên các phương tiện thông tin đại chúng.',
    ],
    category: 'van-ban-tu-lieu',
    tags: ['Đại hội', 'Văn kiện', 'Hướng dẫn'],
    byline: 'Phương Thảo',
    source: 'Ban Tuyên giáo Tỉnh ủy',
    state: 'draft',
    hoursAgo: 4,
    image: {
      hue: 48,
      caption: 'Đảng viên chi bộ thôn thảo luận, góp ý dự thảo văn kiện.',
      credit: 'Ảnh: Phương Thảo',
      alt: 'Các đảng viên ngồi quanh bàn đọc tài liệu dự thảo văn kiện',
    },
  },

  // ───────────────────────────── Kinh tế - Xã hội ─────────────────────────────
  {
    title:
      'Vĩnh An thu hút 12 dự án đầu tư mới, tạo động lực tăng trưởng kinh tế những tháng cuối năm',
    summary:
      'Từ đầu năm đến nay, tỉnh Vĩnh An đã chấp thuận chủ trương đầu tư cho 12 dự án mới với tổng vốn đăng ký hơn 8.600 tỷ đồng, tập trung vào các lĩnh vực công nghiệp chế biến, năng lượng tái tạo và dịch vụ logistics.',
    paragraphs: [
      'Trong số các dự án được chấp thuận, đáng chú ý có nhà máy chế biến nông sản xuất khẩu tại Cụm công nghiệp Tân Phú với công suất 50.000 tấn sản phẩm mỗi năm, dự án trung tâm logistics gắn với cảng cạn tại thị xã Phú Vinh và một số dự án điện mặt trời áp mái tại các khu công nghiệp. Khi đi vào hoạt động, các dự án dự kiến tạo việc làm cho khoảng 6.500 lao động địa phương.',
      'Để có được kết quả này, tỉnh đã tập trung cải thiện môi trường đầu tư, kinh doanh, rút ngắn thời gian giải quyết thủ tục hành chính liên quan đến đầu tư, đất đai, xây dựng. Tổ công tác tháo gỡ khó khăn cho doanh nghiệp do lãnh đạo Ủy ban nhân dân tỉnh làm tổ trưởng duy trì đối thoại định kỳ hằng quý, kịp thời giải quyết nhiều kiến nghị của nhà đầu tư.',
      'Đồng chí Phạm Quốc Bảo, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh khẳng định, tỉnh luôn đồng hành cùng doanh nghiệp theo tinh thần “lợi ích hài hòa, rủi ro chia sẻ”. Tuy nhiên, tỉnh kiên quyết không đánh đổi môi trường lấy tăng trưởng, chỉ thu hút những dự án sử dụng công nghệ tiên tiến, thân thiện với môi trường và có suất đầu tư cao trên mỗi héc-ta đất.',
      'Bên cạnh thu hút dự án mới, tỉnh cũng tăng cường kiểm tra, đôn đốc tiến độ các dự án đã được cấp phép. Những dự án chậm triển khai kéo dài, không có khả năng thực hiện sẽ bị xem xét thu hồi để giao cho nhà đầu tư có năng lực. Từ đầu năm, tỉnh đã chấm dứt hoạt động 3 dự án vi phạm cam kết tiến độ, thu hồi gần 40 ha đất để bố trí cho các dự án khác.',
      'Với những chuyển biến tích cực này, các ngành chức năng dự báo tốc độ tăng trưởng kinh tế của tỉnh cả năm có thể đạt và vượt mục tiêu 7,5% mà Nghị quyết của Tỉnh ủy đã đề ra. Tỉnh cũng đang tập trung hoàn thiện hạ tầng các khu, cụm công nghiệp, đào tạo nguồn nhân lực có tay nghề, tạo nền tảng thuận lợi cho giai đoạn phát triển tiếp theo.',
    ],
    category: 'kinh-te-xa-hoi',
    tags: ['Thu hút đầu tư', 'Tăng trưởng', 'Doanh nghiệp'],
    byline: 'Quang Huy',
    state: 'published',
    hoursAgo: 30,
    image: {
      hue: 130,
      caption: 'Thi công hạ tầng Cụm công nghiệp Tân Phú.',
      credit: 'Ảnh: Quang Huy',
      alt: 'Máy móc thi công san nền trong cụm công nghiệp',
    },
  },
  {
    title:
      'Huyện Hòa Thuận hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trước thời hạn',
    summary:
      'Với sự chung sức của cả hệ thống chính trị và các tầng lớp Nhân dân, huyện Hòa Thuận đã hoàn thành việc hỗ trợ xây mới, sửa chữa 412 căn nhà cho hộ nghèo, hộ cận nghèo, sớm hơn ba tháng so với kế hoạch đề ra.',
    paragraphs: [
      'Căn nhà cấp bốn rộng gần 50 mét vuông của gia đình bà Đinh Thị Nga ở thôn Bình Lợi, xã Phú Lộc vừa được hoàn thành sau hơn một tháng thi công. Bà Nga xúc động cho biết, chồng mất sớm, một mình nuôi hai con ăn học nên bao năm nay gia đình phải sống trong căn nhà tạm, mùa mưa bão lúc nào cũng nơm nớp lo sợ. “Có mơ tôi cũng không nghĩ có ngày được ở nhà kiên cố thế này”, bà Nga nói.',
      'Để triển khai chương trình, Ban Thường vụ Huyện ủy Hòa Thuận đã thành lập Ban Chỉ đạo do đồng chí Bí thư Huyện ủy làm trưởng ban, phân công từng đồng chí ủy viên Ban Thường vụ phụ trách địa bàn. Các xã, thị trấn tiến hành rà soát kỹ lưỡng, công khai danh sách hộ được hỗ trợ, bảo đảm đúng đối tượng, không bỏ sót, không để xảy ra tình trạng trục lợi chính sách.',
      'Tổng kinh phí thực hiện hơn 21 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ hơn 11 tỷ đồng, phần còn lại được huy động từ Quỹ “Vì người nghèo”, doanh nghiệp, nhà hảo tâm và sự đóng góp của chính gia đình, dòng họ. Đặc biệt, lực lượng vũ trang huyện, đoàn viên thanh niên và hội viên các đoàn thể đã đóng góp hàng nghìn ngày công giúp vận chuyển vật liệu, san nền, dựng nhà.',
      'Đồng chí Nguyễn Thị Hồng Nhung, Phó Bí thư Thường trực Huyện ủy Hòa Thuận cho biết, việc xóa nhà tạm, nhà dột nát không chỉ là nhiệm vụ an sinh xã hội mà còn là thước đo sự gắn bó giữa cấp ủy, chính quyền với Nhân dân. Sau khi hoàn thành, huyện tiếp tục chỉ đạo hỗ trợ các hộ phát triển sinh kế, vay vốn ưu đãi, học nghề để thoát nghèo bền vững, tránh tình trạng “có nhà nhưng vẫn nghèo”.',
    ],
    category: 'kinh-te-xa-hoi',
    tags: ['An sinh xã hội', 'Xóa nhà tạm', 'Hòa Thuận'],
    byline: 'Bài, ảnh: Thanh Tùng',
    state: 'published',
    hoursAgo: 260,
    image: {
      hue: 96,
      caption: 'Bà Đinh Thị Nga ở xã Phú Lộc bên căn nhà mới được hỗ trợ xây dựng.',
      credit: 'Ảnh: Thanh Tùng',
      alt: 'Căn nhà cấp bốn mới xây sơn màu vàng nhạt ở vùng nông thôn',
    },
  },
  {
    title:
      'Nông dân huyện An Khánh liên kết sản xuất lúa hữu cơ, nâng cao giá trị trên mỗi héc-ta canh tác',
    summary:
      'Từ những mô hình thí điểm ban đầu, diện tích lúa sản xuất theo hướng hữu cơ ở huyện An Khánh đã mở rộng lên hơn 600 ha, mang lại lợi nhuận cao hơn từ 25 đến 30% so với canh tác truyền thống và góp phần bảo vệ môi trường.',
    paragraphs: [
      'Vụ mùa năm nay, Hợp tác xã Nông nghiệp Bình Minh, xã Bình Minh, huyện An Khánh liên kết với một doanh nghiệp chế biến gạo để sản xuất 180 ha lúa hữu cơ. Theo hợp đồng, doanh nghiệp cung ứng giống, phân bón hữu cơ vi sinh và hướng dẫn quy trình kỹ thuật; hợp tác xã tổ chức cho xã viên sản xuất, doanh nghiệp bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường từ 10 đến 15%.',
      'Ông Trịnh Văn Sáu, xã viên hợp tác xã, cho biết: “Lúc đầu bà con còn e ngại vì không dùng thuốc hóa học, sợ sâu bệnh, năng suất thấp. Nhưng làm rồi mới thấy đồng ruộng sạch hơn, tôm cá, cua ốc quay trở lại, chi phí giảm mà bán được giá nên ai cũng phấn khởi”. Năng suất lúa hữu cơ bình quân đạt 5,8 tấn/ha, chỉ thấp hơn lúa thường không đáng kể.',
      'Huyện ủy An Khánh đã ban hành Nghị quyết chuyên đề về phát triển nông nghiệp hữu cơ, đặt mục tiêu đến cuối nhiệm kỳ có 1.500 ha lúa sản xuất theo hướng hữu cơ. Huyện hỗ trợ kinh phí chứng nhận, xây dựng nhãn hiệu, truy xuất nguồn gốc và kết nối tiêu thụ sản phẩm qua các sàn thương mại điện tử. [Cần xác minh lại số liệu diện tích với Phòng Nông nghiệp huyện trước khi đăng.]',
      'Tuy vậy, quá trình mở rộng sản xuất hữu cơ vẫn còn không ít khó khăn như diện tích ruộng nhỏ lẻ, xen kẽ với khu vực canh tác thông thường; hạ tầng thủy lợi nội đồng chưa đồng bộ; một bộ phận nông dân còn ngại thay đổi tập quán. Ngành nông nghiệp huyện đang phối hợp với các hợp tác xã vận động dồn điền, đổi thửa, quy hoạch vùng sản xuất tập trung để từng bước khắc phục.',
    ],
    category: 'kinh-te-xa-hoi',
    tags: ['Nông nghiệp hữu cơ', 'Hợp tác xã', 'An Khánh'],
    byline: 'Ngọc Lan',
    state: 'in_review',
    hoursAgo: 14,
    image: {
      hue: 80,
      caption: 'Cánh đồng lúa hữu cơ của Hợp tác xã Nông nghiệp Bình Minh vào vụ thu hoạch.',
      credit: 'Ảnh: Ngọc Lan',
      alt: 'Nông dân gặt lúa trên cánh đồng lúa chín vàng',
    },
  },

  // ───────────────────────────── Quốc phòng - An ninh ─────────────────────────────
  {
    title:
      'Diễn tập khu vực phòng thủ huyện An Khánh kết thúc thắng lợi, bảo đảm an toàn tuyệt đối',
    summary:
      'Sau 5 ngày thực hiện, cuộc diễn tập khu vực phòng thủ huyện An Khánh đã kết thúc thắng lợi, bảo đảm an toàn tuyệt đối về người và phương tiện, góp phần nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền trong xử lý các tình huống quốc phòng.',
    paragraphs: [
      'Cuộc diễn tập được tiến hành dưới sự chỉ đạo của Ban Thường vụ Tỉnh ủy, trực tiếp là Bộ Chỉ huy Quân sự tỉnh, với sự tham gia của hơn 1.200 lượt cán bộ, chiến sĩ lực lượng vũ trang, dân quân tự vệ và các lực lượng ở cơ sở. Nội dung diễn tập gồm chuyển địa phương từ thời bình sang thời chiến, xử lý tình huống bảo đảm an ninh chính trị, trật tự an toàn xã hội, phòng thủ dân sự và thực binh chiến đấu phòng thủ.',
      'Qua theo dõi, các cơ quan, đơn vị tham gia diễn tập đã chuẩn bị chu đáo về văn kiện, công tác tổ chức và bảo đảm. Cấp ủy, chính quyền huyện nắm vững quy trình, xử lý tình huống linh hoạt, sát thực tế; các lực lượng hiệp đồng chặt chẽ, thể hiện tinh thần trách nhiệm cao. Phần thực binh bắn đạn thật được thực hiện an toàn, đạt kết quả khá.',
      'Điểm nổi bật của cuộc diễn tập lần này là việc lồng ghép nội dung phòng thủ dân sự, ứng phó với thiên tai, sự cố môi trường và bảo đảm an toàn thông tin trên không gian mạng. Đây là những tình huống có khả năng xảy ra trên thực tế, giúp các lực lượng nâng cao khả năng phối hợp, chủ động phương án bảo vệ tính mạng, tài sản của Nhân dân.',
      'Phát biểu bế mạc, Đại tá Vũ Đức Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đánh giá cao kết quả diễn tập, đề nghị huyện An Khánh tiếp tục rút kinh nghiệm, bổ sung, hoàn chỉnh hệ thống văn kiện tác chiến phòng thủ, xây dựng khu vực phòng thủ vững chắc, gắn kết chặt chẽ giữa phát triển kinh tế - xã hội với củng cố quốc phòng, an ninh.',
    ],
    subheadings: [{ beforeParagraph: 2, text: 'Gắn diễn tập với thực tiễn địa phương' }],
    category: 'quoc-phong-an-ninh',
    tags: ['Diễn tập', 'Khu vực phòng thủ', 'An Khánh'],
    byline: 'Đức Anh',
    source: 'Bộ Chỉ huy Quân sự tỉnh',
    state: 'published',
    hoursAgo: 44,
    image: {
      hue: 110,
      caption: 'Lực lượng dân quân tự vệ huyện An Khánh thực hành phòng thủ tại thao trường.',
      credit: 'Ảnh: Đức Anh',
      alt: 'Chiến sĩ dân quân mặc quân phục thực hành chiến đấu tại thao trường',
    },
  },
  {
    title: 'Công an tỉnh Vĩnh An nhân rộng các mô hình tự quản về an ninh, trật tự tại khu dân cư',
    summary:
      'Thông qua phong trào Toàn dân bảo vệ an ninh Tổ quốc, Công an tỉnh Vĩnh An đã phối hợp với cấp ủy, chính quyền các địa phương xây dựng và duy trì hiệu quả hàng trăm mô hình tự quản về an ninh, trật tự ở cơ sở.',
    paragraphs: [
      'Hiện toàn tỉnh có 326 mô hình tự quản về an ninh, trật tự đang hoạt động hiệu quả, tiêu biểu như “Camera an ninh khu dân cư”, “Tổ liên gia an toàn”, “Dòng họ không có người vi phạm pháp luật”, “Bến thuyền an toàn”. Các mô hình được xây dựng trên cơ sở đặc điểm riêng của từng địa bàn, do chính người dân tham gia quản lý, vận hành, phát huy tốt vai trò tự phòng, tự quản.',
      'Tại phường Phú Thịnh, thành phố Vĩnh An, mô hình “Camera an ninh khu dân cư” đã lắp đặt được 215 mắt camera tại các tuyến đường, ngõ xóm, do người dân và doanh nghiệp tự nguyện đóng góp kinh phí. Hệ thống này đã giúp lực lượng công an nhanh chóng truy xét nhiều vụ trộm cắp tài sản, vi phạm trật tự an toàn giao thông, góp phần giảm đáng kể tội phạm trên địa bàn.',
      'Cùng với đó, lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được kiện toàn, tập huấn nghiệp vụ thường xuyên, trở thành cánh tay nối dài của công an xã, phường. Đây là những người gần dân, sát dân, kịp thời nắm bắt tình hình, tham gia hòa giải các mâu thuẫn, tranh chấp từ khi mới phát sinh, không để trở thành điểm nóng.',
      'Đại tá Ngô Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh cho biết, thời gian tới Công an tỉnh sẽ tham mưu cấp ủy, chính quyền tiếp tục nhân rộng các mô hình hiệu quả; đẩy mạnh ứng dụng dữ liệu dân cư và chuyển đổi số trong công tác bảo đảm an ninh, trật tự; đồng thời biểu dương, khen thưởng kịp thời những tập thể, cá nhân có thành tích xuất sắc trong phong trào.',
    ],
    category: 'quoc-phong-an-ninh',
    tags: ['An ninh trật tự', 'Phong trào toàn dân', 'Công an tỉnh'],
    byline: 'Hải Đăng',
    state: 'published',
    hoursAgo: 180,
    image: {
      hue: 236,
      caption: 'Cán bộ công an phường Phú Thịnh kiểm tra hệ thống camera an ninh khu dân cư.',
      credit: 'Ảnh: Hải Đăng',
      alt: 'Màn hình giám sát hiển thị hình ảnh từ các camera trong khu dân cư',
    },
  },
  {
    title: 'Thanh niên tỉnh Vĩnh An hăng hái lên đường thực hiện nghĩa vụ quân sự, bảo vệ Tổ quốc',
    summary:
      'Trong không khí phấn khởi, trang trọng, các huyện, thị xã, thành phố trong tỉnh Vĩnh An đồng loạt tổ chức lễ giao nhận quân. Gần 1.500 thanh niên ưu tú đã lên đường nhập ngũ, hoàn thành 100% chỉ tiêu được giao.',
    paragraphs: [
      'Tại thành phố Vĩnh An, lễ giao nhận quân diễn ra từ sáng sớm tại Quảng trường Trung tâm với sự tham dự của lãnh đạo tỉnh, thành phố cùng đông đảo gia đình, người thân của các tân binh. Đồng chí Lê Thị Thu Hương, Phó Bí thư Thường trực Tỉnh ủy đã đến dự, động viên và tặng hoa các tân binh trước giờ lên đường làm nhiệm vụ.',
      'Năm nay, chất lượng tuyển quân của tỉnh được nâng lên rõ rệt: 100% thanh niên nhập ngũ đạt tiêu chuẩn sức khỏe theo quy định; trên 18% có trình độ cao đẳng, đại học; nhiều thanh niên đã viết đơn tình nguyện nhập ngũ. Công tác tuyển chọn được thực hiện công khai, dân chủ, đúng Luật Nghĩa vụ quân sự, không để xảy ra tiêu cực.',
      'Tân binh Nguyễn Đức Thịnh, ở xã Tân Lập, huyện Tân Phú, vừa tốt nghiệp đại học chuyên ngành công nghệ thông tin, chia sẻ: “Tôi tự nguyện nhập ngũ vì muốn được rèn luyện trong môi trường quân đội. Đây là cơ hội để tôi trưởng thành hơn, góp một phần nhỏ bé vào sự nghiệp bảo vệ Tổ quốc như ông và bố tôi trước đây”.',
      'Nhằm động viên tân binh yên tâm lên đường, các địa phương đã tổ chức gặp mặt, tặng quà cho thanh niên trúng tuyển; quan tâm giải quyết chế độ, chính sách đối với gia đình có con em nhập ngũ. Sau khi hoàn thành nghĩa vụ, quân nhân xuất ngũ sẽ được hỗ trợ đào tạo nghề, giới thiệu việc làm và được ưu tiên xem xét khi tuyển dụng vào các cơ quan, đơn vị ở địa phương.',
    ],
    category: 'quoc-phong-an-ninh',
    tags: ['Giao nhận quân', 'Nghĩa vụ quân sự', 'Thanh niên'],
    byline: 'Bài, ảnh: Hải Đăng',
    state: 'published',
    hoursAgo: 690,
    image: {
      hue: 140,
      caption: 'Tân binh thành phố Vĩnh An trong lễ giao nhận quân.',
      credit: 'Ảnh: Hải Đăng',
      alt: 'Hàng ngũ tân binh mặc quân phục xếp hàng tại quảng trường',
    },
  },

  // ──────────── Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ────────────
  {
    title:
      'Tỉnh ủy Vĩnh An sơ kết việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    summary:
      'Ban Thường vụ Tỉnh ủy Vĩnh An vừa tổ chức hội nghị sơ kết việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, biểu dương 45 tập thể, cá nhân tiêu biểu trong toàn Đảng bộ tỉnh.',
    paragraphs: [
      'Báo cáo tại hội nghị nêu rõ, thời gian qua, việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đã được triển khai sâu rộng trong toàn Đảng bộ tỉnh, trở thành hoạt động thường xuyên, tự giác của cán bộ, đảng viên và Nhân dân. Các cấp ủy đã đưa nội dung học tập và làm theo Bác vào sinh hoạt chi bộ định kỳ, gắn với nhiệm vụ chính trị của từng nơi.',
      'Việc xây dựng và thực hiện chuẩn mực đạo đức, phong cách làm việc của cán bộ, đảng viên được chú trọng; nhiều cơ quan đã cụ thể hóa thành những quy định dễ nhớ, dễ thực hiện như: “nói ít, làm nhiều”, “việc hôm nay không để ngày mai”, “lắng nghe, chia sẻ với dân”. Vai trò nêu gương của người đứng đầu được đề cao, tạo sức lan tỏa tích cực trong cơ quan, đơn vị và cộng đồng.',
      'Toàn tỉnh đã có hơn 300 mô hình, điển hình tiêu biểu trong học tập và làm theo Bác được ghi nhận, nhân rộng, như mô hình “Mỗi tuần một việc tốt” của ngành y tế, “Thầy cô giáo nâng bước em đến trường” của ngành giáo dục, “Chi bộ gương mẫu, đảng viên đi đầu” ở nhiều đảng bộ xã. Những mô hình này đã góp phần quan trọng vào việc hoàn thành các chỉ tiêu kinh tế - xã hội của địa phương.',
      'Phát biểu chỉ đạo, đồng chí Trần Thị Bích Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị các cấp ủy tiếp tục gắn việc học tập và làm theo Bác với công tác xây dựng, chỉnh đốn Đảng; kiên quyết đấu tranh với những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống; thường xuyên phát hiện, bồi dưỡng, biểu dương các điển hình tiên tiến để lan tỏa sâu rộng trong xã hội.',
      'Dịp này, Ban Thường vụ Tỉnh ủy đã tặng Bằng khen cho 18 tập thể và 27 cá nhân có thành tích tiêu biểu, xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Các tập thể, cá nhân được khen thưởng đến từ nhiều lĩnh vực, từ cán bộ cơ sở, giáo viên, thầy thuốc đến nông dân, công nhân và doanh nhân trên địa bàn tỉnh.',
    ],
    subheadings: [{ beforeParagraph: 2, text: 'Nhiều mô hình hay, cách làm sáng tạo' }],
    category: 'hoc-tap-va-lam-theo-bac',
    tags: ['Chỉ thị 05', 'Học tập và làm theo Bác', 'Khen thưởng'],
    byline: 'Thu Hà',
    source: 'Ban Tuyên giáo Tỉnh ủy',
    state: 'published',
    hoursAgo: 120,
    image: {
      hue: 0,
      caption: 'Ban Thường vụ Tỉnh ủy tặng Bằng khen cho các tập thể tiêu biểu.',
      credit: 'Ảnh: Thu Hà',
      alt: 'Đại biểu các tập thể tiêu biểu nhận Bằng khen trên sân khấu hội trường',
    },
  },
  {
    title:
      'Chi bộ thôn Đông Hà xây dựng mô hình “Dân vận khéo” theo lời Bác dạy, được Nhân dân đồng tình hưởng ứng',
    summary:
      'Thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh “Dân vận kém thì việc gì cũng kém. Dân vận khéo thì việc gì cũng thành công”, Chi bộ thôn Đông Hà, xã Vĩnh An đã vận động Nhân dân chung sức làm nên nhiều công trình ý nghĩa.',
    paragraphs: [
      'Trước đây, con đường liên thôn chạy qua Đông Hà chỉ rộng hơn hai mét, mùa mưa lầy lội, xe cộ đi lại rất khó khăn. Khi có chủ trương mở rộng đường theo tiêu chí nông thôn mới, nhiều hộ dân còn băn khoăn vì phải hiến đất, phá dỡ tường rào, công trình phụ. Chi bộ thôn đã tổ chức họp, bàn bạc kỹ lưỡng và thống nhất phương châm “đảng viên đi trước, làng nước theo sau”.',
      'Các đồng chí đảng viên, trưởng các đoàn thể chia nhau đến từng hộ để vận động, giải thích rõ lợi ích của con đường. Những gia đình đảng viên chủ động tháo dỡ tường rào trước, tạo sức lan tỏa trong cộng đồng. Kết quả, 74 hộ dân đã tự nguyện hiến gần 3.000 mét vuông đất, đóng góp hàng trăm ngày công để mở rộng, bê tông hóa 2,4 km đường thôn.',
      'Từ thành công đó, Chi bộ tiếp tục xây dựng các phần việc “Dân vận khéo” gắn với đời sống thường ngày như: thắp sáng đường quê, trồng hoa hai bên đường, phân loại rác thải tại nguồn, lập quỹ khuyến học của thôn. Mỗi phần việc đều được bàn bạc công khai tại hội nghị thôn, người dân được biết, được bàn, được quyết định và được giám sát việc thực hiện.',
      'Đồng chí Nguyễn Văn Bình, Bí thư Chi bộ thôn Đông Hà cho biết: “Bác Hồ dạy dân vận phải óc nghĩ, mắt trông, tai nghe, chân đi, miệng nói, tay làm. Chúng tôi học theo Bác bằng cách lắng nghe dân, làm gương cho dân, việc gì có lợi cho dân thì cố gắng làm cho bằng được”. Năm nay, Chi bộ thôn Đông Hà tiếp tục được công nhận hoàn thành xuất sắc nhiệm vụ.',
    ],
    category: 'hoc-tap-va-lam-theo-bac',
    tags: ['Dân vận khéo', 'Nông thôn mới', 'Chi bộ thôn'],
    byline: 'Bài, ảnh: Thanh Tùng',
    state: 'published',
    hoursAgo: 400,
    image: {
      hue: 60,
      caption: 'Tuyến đường thôn Đông Hà sau khi được mở rộng, bê tông hóa nhờ Nhân dân hiến đất.',
      credit: 'Ảnh: Thanh Tùng',
      alt: 'Con đường bê tông rộng rãi, hai bên trồng hoa ở thôn Đông Hà',
    },
  },
  {
    title:
      'Tuổi trẻ Vĩnh An thi đua làm theo lời Bác qua những công trình, phần việc thanh niên thiết thực',
    summary:
      'Hưởng ứng việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, các cấp bộ Đoàn trong tỉnh Vĩnh An đã triển khai hàng trăm công trình, phần việc thanh niên, góp phần tích cực vào phát triển kinh tế - xã hội ở địa phương.',
    paragraphs: [
      'Từ đầu năm đến nay, các cơ sở Đoàn trong tỉnh đã thực hiện 326 công trình, phần việc thanh niên với tổng giá trị hơn 14 tỷ đồng, trong đó có nhiều công trình gắn với xây dựng nông thôn mới như tuyến đường thanh niên tự quản, thắp sáng đường quê, sân chơi cho thiếu nhi. Các hoạt động tình nguyện hè thu hút hơn 25.000 lượt đoàn viên, thanh niên tham gia.',
      'Tại huyện Thạch Bình, Huyện đoàn đã phát động chương trình “Mỗi đoàn viên một việc làm theo lời Bác”, trong đó mỗi đoàn viên đăng ký ít nhất một việc cụ thể như giúp đỡ người già neo đơn, dạy học cho trẻ em có hoàn cảnh khó khăn, hướng dẫn người dân sử dụng dịch vụ công trực tuyến. Các việc làm được ghi vào sổ theo dõi và đánh giá định kỳ trong sinh hoạt chi đoàn.',
      'Phong trào thanh niên khởi nghiệp cũng có bước phát triển. Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội tỉnh hỗ trợ vốn vay ưu đãi cho hơn 400 dự án khởi nghiệp của thanh niên; nhiều mô hình chăn nuôi, trồng trọt ứng dụng công nghệ cao, kinh doanh nông sản trực tuyến đã cho thu nhập ổn định, tạo việc làm cho lao động trẻ ở nông thôn.',
      'Đồng chí Đặng Thu Trang, Bí thư Tỉnh đoàn Vĩnh An khẳng định, học tập và làm theo Bác đối với tuổi trẻ phải bắt đầu từ những việc nhỏ, việc cụ thể hằng ngày. Thời gian tới, Tỉnh đoàn sẽ tiếp tục đổi mới nội dung, phương thức tập hợp thanh niên, chú trọng phát huy tinh thần xung kích, sáng tạo của thanh niên trong chuyển đổi số và bảo vệ môi trường.',
    ],
    category: 'hoc-tap-va-lam-theo-bac',
    tags: ['Tuổi trẻ', 'Công trình thanh niên', 'Tình nguyện'],
    byline: 'Thu Hà - Hải Đăng',
    state: 'published',
    hoursAgo: 610,
    image: {
      hue: 200,
      caption: 'Đoàn viên thanh niên huyện Thạch Bình ra quân thắp sáng đường quê.',
      credit: 'Ảnh: Hải Đăng',
      alt: 'Đoàn viên thanh niên mặc áo xanh lắp đèn chiếu sáng ven đường làng',
    },
  },

  // ───────────────────────────── Gương điển hình ─────────────────────────────
  {
    title: 'Bí thư chi bộ thôn Tân Lập hơn hai mươi năm tận tụy, gắn bó với công việc ở cơ sở',
    summary:
      'Hơn hai mươi năm làm Bí thư Chi bộ thôn Tân Lập, xã Tân Lập, huyện Tân Phú, ông Đặng Văn Thuận luôn được đảng viên và bà con trong thôn tin yêu bởi sự gần gũi, tận tụy và tinh thần gương mẫu đi đầu trong mọi phong trào.',
    paragraphs: [
      'Năm nay đã bước sang tuổi 64, mái tóc đã điểm bạc nhưng ông Thuận vẫn giữ thói quen mỗi buổi chiều đi một vòng quanh thôn, ghé thăm những gia đình có việc hiếu, hỷ hay người già ốm đau. “Làm bí thư chi bộ thôn thì phải nắm được từng nhà, từng người, dân có chuyện gì mình phải biết trước để kịp thời giải quyết”, ông chia sẻ.',
      'Thôn Tân Lập có hơn 400 hộ dân, trước đây là một trong những thôn khó khăn nhất xã, tỷ lệ hộ nghèo cao, đường sá xuống cấp. Dưới sự lãnh đạo của chi bộ, người dân đã chuyển đổi hơn 30 ha đất trồng lúa kém hiệu quả sang trồng cây ăn quả, nuôi trồng thủy sản. Đến nay, thu nhập bình quân của người dân trong thôn đã tăng gấp ba lần so với mười năm trước, hộ nghèo chỉ còn 2 hộ thuộc diện không có khả năng lao động.',
      'Trong sinh hoạt chi bộ, ông Thuận luôn chú trọng phát huy dân chủ, khuyến khích đảng viên trẻ phát biểu ý kiến. Ông cũng là người tích cực phát hiện, bồi dưỡng nguồn kết nạp đảng; mười năm qua, Chi bộ thôn Tân Lập đã kết nạp 15 đảng viên mới, phần lớn là thanh niên đã hoàn thành nghĩa vụ quân sự và những người làm kinh tế giỏi ở địa phương.',
      'Đồng chí Phan Văn Hải, Bí thư Đảng ủy xã Tân Lập nhận xét, ông Thuận là tấm gương tiêu biểu của đội ngũ bí thư chi bộ ở cơ sở, luôn tâm huyết, trách nhiệm, nói đi đôi với làm. Với những đóng góp của mình, ông đã nhiều lần được cấp ủy các cấp tặng giấy khen, bằng khen và được tỉnh biểu dương là gương điển hình tiên tiến trong học tập và làm theo Bác.',
    ],
    category: 'guong-dien-hinh',
    tags: ['Bí thư chi bộ', 'Người tốt việc tốt', 'Tân Phú'],
    byline: 'Bài, ảnh: Minh Châu',
    state: 'published',
    hoursAgo: 72,
    image: {
      hue: 24,
      caption: 'Ông Đặng Văn Thuận (bên phải) trò chuyện với người dân thôn Tân Lập.',
      credit: 'Ảnh: Minh Châu',
      alt: 'Người đàn ông lớn tuổi trò chuyện với bà con trước hiên nhà',
    },
  },
  {
    title:
      'Nữ đảng viên trẻ khởi nghiệp từ nông sản quê hương, tạo việc làm ổn định cho hàng chục lao động',
    summary:
      'Từ bỏ công việc văn phòng ở thành phố để trở về quê, chị Lâm Thị Thu Hiền, đảng viên Chi bộ thôn Phú Xuân, xã An Hòa đã xây dựng thương hiệu miến dong và tinh bột nghệ sạch, đưa sản phẩm quê nhà đến với người tiêu dùng cả nước.',
    paragraphs: [
      'Sau gần 5 năm làm nhân viên kinh doanh ở thành phố, chị Hiền quyết định trở về quê lập nghiệp. Trước những ánh mắt băn khoăn của gia đình và hàng xóm, chị bắt đầu từ việc thuê 2 ha đất trồng dong riềng, cải tiến cách làm miến truyền thống của làng bằng dây chuyền phơi sấy khép kín, bảo đảm các tiêu chuẩn về vệ sinh an toàn thực phẩm.',
      'Những ngày đầu, sản phẩm làm ra chủ yếu bán cho người quen. Nhận thấy tiềm năng của thương mại điện tử, chị Hiền tự học cách chụp ảnh, quay video giới thiệu quy trình sản xuất, mở gian hàng trên các sàn thương mại điện tử. Không lâu sau, hợp tác xã do chị làm giám đốc được thành lập; sản phẩm miến dong An Hòa sau đó được công nhận sản phẩm OCOP 4 sao cấp tỉnh.',
      'Hiện nay, hợp tác xã liên kết với hơn 60 hộ trồng dong riềng và nghệ trên diện tích khoảng 45 ha, tạo việc làm thường xuyên cho 28 lao động với mức thu nhập từ 7 đến 9 triệu đồng mỗi tháng. Doanh thu năm vừa qua đạt gần 6 tỷ đồng. Chị Hiền cũng thường xuyên hướng dẫn đoàn viên, thanh niên trong xã về kỹ năng bán hàng trực tuyến.',
      'Được kết nạp vào Đảng sau hai năm khởi nghiệp, chị Hiền luôn xác định phải gương mẫu trong lao động sản xuất và tham gia công tác xã hội. “Là đảng viên, tôi nghĩ mình không chỉ làm giàu cho bản thân mà phải giúp được bà con cùng làm giàu. Mỗi khi thấy người lao động có thu nhập ổn định, con cái được học hành đầy đủ, tôi thấy đó là niềm vui lớn nhất”, chị Hiền tâm sự.',
      'Với những đóng góp tích cực cho phát triển kinh tế địa phương, chị Lâm Thị Thu Hiền đã được Ủy ban nhân dân tỉnh tặng Bằng khen và được Tỉnh đoàn Vĩnh An bình chọn là gương thanh niên khởi nghiệp tiêu biểu. Câu chuyện của chị đang truyền cảm hứng cho nhiều bạn trẻ trong tỉnh mạnh dạn trở về quê hương lập nghiệp.',
    ],
    category: 'guong-dien-hinh',
    tags: ['Khởi nghiệp', 'OCOP', 'Đảng viên trẻ'],
    byline: 'Ngọc Lan',
    state: 'published',
    hoursAgo: 230,
    image: {
      hue: 300,
      caption: 'Chị Lâm Thị Thu Hiền kiểm tra chất lượng sản phẩm miến dong tại xưởng sản xuất.',
      credit: 'Ảnh: Ngọc Lan',
      alt: 'Người phụ nữ trẻ đứng cạnh giàn phơi miến dong trong xưởng sản xuất',
    },
  },
  {
    title:
      'Người cựu chiến binh hiến đất mở đường, vận động bà con chung sức xây dựng nông thôn mới',
    summary:
      'Không chỉ tự nguyện hiến hơn 500 mét vuông đất để mở rộng đường liên xã, cựu chiến binh Hà Văn Kiên ở xã Thạch Sơn, huyện Thạch Bình còn kiên trì vận động nhiều hộ dân cùng chung tay xây dựng quê hương.',
    paragraphs: [
      'Ông Kiên năm nay 72 tuổi, từng tham gia chiến đấu ở chiến trường miền Nam, trở về địa phương với thương tật 31%. Dù sức khỏe không còn như trước, ông vẫn tham gia tích cực các hoạt động của Hội Cựu chiến binh xã và nhiều năm liền làm Trưởng ban công tác Mặt trận thôn Thạch Lâm, được bà con trong thôn quý trọng.',
      'Khi xã Thạch Sơn triển khai mở rộng tuyến đường liên xã đi qua thôn, gia đình ông Kiên có phần diện tích vườn cây ăn quả nằm trong phạm vi cần giải phóng mặt bằng. Không chờ vận động, ông chủ động bàn với vợ con, tự chặt bỏ hàng vải đang cho thu hoạch, tháo dỡ tường rào để bàn giao mặt bằng. Việc làm của ông đã tạo sức thuyết phục lớn đối với các hộ dân khác.',
      '[Phóng viên đang bổ sung: phỏng vấn đồng chí Bí thư Đảng ủy xã Thạch Sơn; số liệu tổng diện tích đất Nhân dân hiến trên toàn tuyến.] Nhờ sự vận động kiên trì của ông Kiên cùng các đảng viên, hội viên cựu chiến binh trong thôn, đã có thêm 37 hộ dân tự nguyện hiến đất, góp ngày công để hoàn thành tuyến đường trước thời hạn.',
      'Ông Kiên tâm sự: “Ngày xưa ra trận, anh em chúng tôi không tiếc máu xương. Bây giờ hòa bình, góp chút đất để con cháu đi lại thuận tiện, quê hương khang trang hơn thì có đáng gì”. Với tấm lòng ấy, ông xứng đáng là tấm gương “Bộ đội Cụ Hồ” tiêu biểu trên mặt trận mới, góp phần xây dựng quê hương ngày càng đổi mới.',
    ],
    category: 'guong-dien-hinh',
    tags: ['Cựu chiến binh', 'Hiến đất', 'Nông thôn mới'],
    byline: 'Đức Anh',
    state: 'draft',
    hoursAgo: 26,
    image: {
      hue: 90,
      caption: 'Cựu chiến binh Hà Văn Kiên trên tuyến đường liên xã vừa được mở rộng.',
      credit: 'Ảnh: Đức Anh',
      alt: 'Người cựu chiến binh đứng bên con đường bê tông mới mở rộng',
    },
  },
]

/** The province's own site: the main one, the only one without a parent. */
export const MAIN_SITE = { name: 'Tỉnh ủy Vĩnh An', slug: 'tinh-uy' }

export const seedSiteSettings: {
  portalName: string
  partyCommittee: string
  address: string
  phone: string
  email: string
  responsiblePerson: string
  licence: string
  footerText: string
} = {
  portalName: 'Cổng thông tin điện tử Đảng bộ tỉnh Vĩnh An',
  partyCommittee: 'Tỉnh ủy Vĩnh An',
  address: 'Số 01 đường Độc Lập, phường Phú Thịnh, thành phố Vĩnh An, tỉnh Vĩnh An',
  phone: '0290 3 800 000',
  email: 'banbientap@vinhan.example.org',
  responsiblePerson:
    'Đồng chí Trần Thị Bích Hạnh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy',
  licence: 'Giấy phép số 00/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Vĩnh An cấp',
  footerText:
    'Ghi rõ nguồn “Cổng thông tin điện tử Đảng bộ tỉnh Vĩnh An” khi phát hành lại thông tin từ website này.',
}
