/**
 * Demo "Giới thiệu" and "Liên hệ" pages of the fictional Tỉnh ủy Vĩnh An, in Vietnamese and
 * English, its leaders (fictional names) and its "Liên kết website". Written for the demo; no
 * real document's text.
 */
export type SeedText = { title: string; paragraphs: string[] }
export type SeedPage = { slug: string; order: number; vi: SeedText; en: SeedText }

export const seedPages: SeedPage[] = [
  {
    slug: 'co-cau-to-chuc',
    order: 1,
    vi: {
      title: 'Cơ cấu tổ chức',
      paragraphs: [
        'Ban Chấp hành Đảng bộ tỉnh Vĩnh An nhiệm kỳ 2025–2030 gồm 51 đồng chí, do Đại hội đại biểu Đảng bộ tỉnh bầu ra. Ban Chấp hành bầu Ban Thường vụ gồm 15 đồng chí; Thường trực Tỉnh ủy gồm đồng chí Bí thư và các đồng chí Phó Bí thư.',
        'Giúp việc Tỉnh ủy có các cơ quan tham mưu: Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy và Ban Nội chính Tỉnh ủy.',
        'Trực thuộc Tỉnh ủy có Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Ủy ban nhân dân tỉnh và đảng bộ các xã, phường trên địa bàn tỉnh (từ tháng 7/2025 chính quyền địa phương tổ chức hai cấp: tỉnh và xã, phường).',
      ],
    },
    en: {
      title: 'Organisational structure',
      paragraphs: [
        'The Executive Committee of the Vinh An Provincial Party Organisation for the 2025–2030 term has 51 members, elected by the Provincial Party Congress. It elects a Standing Board of 15 members; the Standing Office is made up of the Secretary and the Deputy Secretaries.',
        'The Provincial Party Committee is assisted by its Office, its Organisation Commission, its Commission for Communication, Education and Mass Mobilisation, its Inspection Commission and its Internal Affairs Commission.',
        "Under the Provincial Party Committee are the Party organisations of the provincial Party agencies, of the Provincial People's Committee, and of the communes and wards of the province (since July 2025 local government has two levels: province and commune).",
      ],
    },
  },
  {
    slug: 'chuc-nang-nhiem-vu',
    order: 2,
    vi: {
      title: 'Chức năng, nhiệm vụ',
      paragraphs: [
        'Tỉnh ủy Vĩnh An là cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ đại hội, chịu trách nhiệm lãnh đạo toàn diện các lĩnh vực chính trị, kinh tế, văn hóa, xã hội, quốc phòng, an ninh trên địa bàn tỉnh.',
        'Tỉnh ủy cụ thể hóa và tổ chức thực hiện nghị quyết đại hội Đảng bộ tỉnh, chủ trương của Trung ương; lãnh đạo công tác tổ chức, cán bộ, công tác kiểm tra, giám sát và xây dựng Đảng bộ, hệ thống chính trị trong sạch, vững mạnh.',
        'Ban Thường vụ Tỉnh ủy lãnh đạo, kiểm tra việc thực hiện nghị quyết của Tỉnh ủy giữa hai kỳ hội nghị; Thường trực Tỉnh ủy chỉ đạo, điều hành công việc hằng ngày.',
      ],
    },
    en: {
      title: 'Functions and duties',
      paragraphs: [
        'The Vinh An Provincial Party Committee leads the Provincial Party Organisation between two congresses and is responsible for overall leadership of political, economic, cultural, social, defence and security affairs in the province.',
        "It turns the resolutions of the Provincial Party Congress and the Central Committee's policies into action; it leads personnel work, inspection and supervision, and the building of a clean and strong Party organisation and political system.",
        "The Standing Board leads and checks the implementation of the Committee's resolutions between its plenary meetings; the Standing Office directs day-to-day work.",
      ],
    },
  },
  {
    slug: 'lanh-dao',
    order: 3,
    vi: {
      title: 'Lãnh đạo Tỉnh ủy',
      paragraphs: [
        'Thường trực Tỉnh ủy và các đồng chí phụ trách đầu mối liên hệ của Tỉnh ủy Vĩnh An. Đây là dữ liệu trình diễn: họ tên là hư cấu.',
      ],
    },
    en: {
      title: 'Leadership',
      paragraphs: [
        'The Standing Office of the Vinh An Provincial Party Committee and its named contact officials. This is demonstration data: the names are fictional.',
      ],
    },
  },
  {
    slug: 'lien-he',
    order: 4,
    vi: {
      title: 'Liên hệ',
      paragraphs: [
        'Văn phòng Tỉnh ủy Vĩnh An: số 01 đường Độc Lập, phường Phú Thịnh, thành phố Vĩnh An, tỉnh Vĩnh An.',
        'Ban Biên tập Cổng thông tin điện tử tiếp nhận thông tin, ý kiến của bạn đọc trong giờ hành chính, từ thứ Hai đến thứ Sáu. Ý kiến về văn bản dự thảo xin gửi theo địa chỉ tiếp nhận ghi trong từng dự thảo.',
      ],
    },
    en: {
      title: 'Contact',
      paragraphs: [
        'Office of the Vinh An Provincial Party Committee: 01 Doc Lap Street, Phu Thinh Ward, Vinh An City, Vinh An Province.',
        "The portal's editorial board answers readers during office hours, Monday to Friday. Written enquiries in English are welcome.",
      ],
    },
  },
]

export type SeedLeader = {
  name: string
  position: { vi: string; en: string }
  unit: { vi: string; en: string }
  phone: string
  email: string
  order: number
}

const STANDING = { vi: 'Thường trực Tỉnh ủy', en: 'Standing Office' }

export const seedLeaders: SeedLeader[] = [
  {
    name: 'Trần Minh Vĩnh',
    position: { vi: 'Bí thư Tỉnh ủy', en: 'Secretary of the Provincial Party Committee' },
    unit: STANDING,
    phone: '0290 3 800 001',
    email: 'bithu@vinhan.example.org',
    order: 1,
  },
  {
    name: 'Lê Thị An Bình',
    position: { vi: 'Phó Bí thư Thường trực Tỉnh ủy', en: 'Standing Deputy Secretary' },
    unit: STANDING,
    phone: '0290 3 800 002',
    email: 'phobithu.tt@vinhan.example.org',
    order: 2,
  },
  {
    name: 'Phạm Quốc Hưng',
    position: {
      vi: 'Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh',
      en: "Deputy Secretary, Chairman of the Provincial People's Committee",
    },
    unit: STANDING,
    phone: '0290 3 800 003',
    email: 'phobithu@vinhan.example.org',
    order: 3,
  },
  {
    name: 'Nguyễn Thu Hà',
    position: { vi: 'Chánh Văn phòng Tỉnh ủy', en: 'Chief of Office' },
    unit: { vi: 'Văn phòng Tỉnh ủy', en: 'Office of the Provincial Party Committee' },
    phone: '0290 3 800 010',
    email: 'vanphong@vinhan.example.org',
    order: 4,
  },
  {
    name: 'Hoàng Văn Đức',
    position: { vi: 'Trưởng Ban Biên tập', en: 'Head of the Editorial Board' },
    unit: { vi: 'Cổng thông tin điện tử', en: 'Web portal' },
    phone: '0290 3 800 020',
    email: 'banbientap@vinhan.example.org',
    order: 5,
  },
]

export type SeedLink = { title: { vi: string; en: string }; url: string; order: number }

export const seedLinks: SeedLink[] = [
  {
    title: {
      vi: 'Báo điện tử Đảng Cộng sản Việt Nam',
      en: 'Communist Party of Viet Nam Online Newspaper',
    },
    url: 'https://dangcongsan.vn',
    order: 1,
  },
  {
    title: { vi: 'Cổng Thông tin điện tử Chính phủ', en: 'Government Web Portal' },
    url: 'https://chinhphu.vn',
    order: 2,
  },
  {
    title: { vi: 'Cổng thông tin điện tử tỉnh Vĩnh An', en: 'Vinh An Province Web Portal' },
    url: 'https://vinhan.example.gov.vn',
    order: 3,
  },
  {
    title: { vi: 'Báo Vĩnh An điện tử', en: 'Vinh An Online Newspaper' },
    url: 'https://baovinhan.example.vn',
    order: 4,
  },
]
