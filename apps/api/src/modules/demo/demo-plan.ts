import type {
  CreatePlanRequest,
  CreateTargetRequest,
  CreateTaskRequest,
  IssuePlanRequest,
} from '@cchc/contracts';

/**
 * The demo's provincial plan: Sóc Trăng's 2024 administrative-reform plan
 * (218/KH-UBND, the parent of seed 000's Ngã Năm plan). Targets are the
 * quantified ones real plans carry (seeds 000, 001, 003); tasks follow the
 * areas and wording of seed 000.
 */
export const DEMO_PROVINCE_CODE = '94';

export const demoPlan: CreatePlanRequest = {
  unitCode: DEMO_PROVINCE_CODE,
  year: 2024,
  kind: 'annual',
  title: 'Kế hoạch Thực hiện cải cách hành chính năm 2024',
  documentNumber: '218/KH-UBND',
  legalBasis: [
    'Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030',
    'Chỉ thị số 27/CT-TTg ngày 27/10/2023 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh các giải pháp cải cách và nâng cao hiệu quả giải quyết thủ tục hành chính, cung cấp dịch vụ công phục vụ người dân, doanh nghiệp',
  ],
  objectives:
    'Triển khai đồng bộ, hiệu quả các mục tiêu, nhiệm vụ, giải pháp cải cách hành chính trong Chương trình tổng thể cải cách hành chính giai đoạn 2021 – 2030; phấn đấu nâng cao thứ hạng Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024.',
};

export const demoTargets: CreateTargetRequest[] = [
  {
    code: 'TC-01',
    area: 'institutions',
    name: 'Văn bản quy phạm pháp luật do HĐND, UBND ban hành được rà soát, kiến nghị xử lý',
    measure: 'percent',
    direction: 'at_least',
    value: 100,
  },
  {
    code: 'TTHC-01',
    area: 'administrative_procedures',
    name: 'Tỷ lệ giải quyết hồ sơ thủ tục hành chính đúng hạn',
    measure: 'percent',
    direction: 'at_least',
    value: 98,
  },
  {
    code: 'TTHC-02',
    area: 'administrative_procedures',
    name: 'Thủ tục hành chính có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến',
    measure: 'percent',
    direction: 'at_least',
    value: 80,
  },
  {
    code: 'TTHC-03',
    area: 'administrative_procedures',
    name: 'Tỷ lệ giao dịch thanh toán trực tuyến',
    measure: 'percent',
    direction: 'at_least',
    value: 60,
  },
  {
    code: 'TTHC-04',
    area: 'administrative_procedures',
    name: 'Cắt giảm thông tin phải khai báo trên cơ sở tái sử dụng dữ liệu đã được số hóa',
    measure: 'percent',
    direction: 'at_least',
    value: 20,
  },
  {
    code: 'TTHC-05',
    area: 'administrative_procedures',
    name: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    measure: 'percent',
    direction: 'at_least',
    value: 80,
    levelFloors: { district: 70, commune: 60 },
  },
  {
    code: 'TTHC-06',
    area: 'administrative_procedures',
    name: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính',
    measure: 'percent',
    direction: 'at_least',
    value: 95,
  },
  {
    code: 'TCBM-01',
    area: 'apparatus',
    name: 'Đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên',
    measure: 'percent',
    direction: 'at_least',
    value: 20,
  },
  {
    code: 'CV-01',
    area: 'civil_service',
    name: 'Cán bộ, công chức, viên chức bị xử lý kỷ luật',
    measure: 'count',
    direction: 'at_most',
    value: 0,
  },
  {
    code: 'CQS-01',
    area: 'digital_government',
    name: 'Hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật)',
    measure: 'percent',
    direction: 'at_least',
    value: 90,
  },
  {
    code: 'CQS-02',
    area: 'digital_government',
    name: 'Cán bộ, công chức sử dụng Hệ thống thông tin phục vụ họp và xử lý công việc',
    measure: 'percent',
    direction: 'at_least',
    value: 20,
  },
  {
    code: 'CĐ-01',
    area: 'direction',
    name: 'Đơn vị được kiểm tra cải cách hành chính, công vụ, kỷ luật kỷ cương hành chính',
    measure: 'percent',
    direction: 'at_least',
    value: 50,
  },
  {
    code: 'CĐ-02',
    area: 'direction',
    name: 'Ban hành kế hoạch cải cách hành chính năm 2024 của cấp huyện, cấp xã',
    measure: 'date',
    direction: 'at_most',
    value: '2024-01-31',
  },
];

export const demoTasks: CreateTaskRequest[] = [
  {
    area: 'institutions',
    title:
      'Xây dựng và triển khai thực hiện hiệu quả Kế hoạch theo dõi thi hành pháp luật các lĩnh vực trọng tâm năm 2024',
    product: 'Kế hoạch',
    leadAgency: 'Sở Tư pháp',
    coordinatingAgencies: ['Các sở, ban, ngành', 'UBND các huyện, thị xã, thành phố'],
    budgetMillionVnd: 50,
    due: '2024-Q1',
  },
  {
    area: 'institutions',
    title: 'Rà soát, tự kiểm tra văn bản quy phạm pháp luật để kịp thời sửa đổi, bổ sung, bãi bỏ',
    product: 'Báo cáo',
    leadAgency: 'Sở Tư pháp',
    coordinatingAgencies: ['Các sở, ban, ngành'],
    budgetMillionVnd: 30,
    due: '2024',
  },
  {
    area: 'administrative_procedures',
    title: 'Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm thời gian, chi phí, giấy tờ không cần thiết',
    product: 'Quyết định phê duyệt phương án đơn giản hóa',
    leadAgency: 'Văn phòng UBND tỉnh',
    coordinatingAgencies: ['Các sở, ban, ngành'],
    budgetMillionVnd: 120,
    due: '2024-Q3',
  },
  {
    area: 'administrative_procedures',
    title:
      'Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia và Hệ thống giải quyết thủ tục hành chính của tỉnh',
    product: 'Thủ tục hành chính được công khai',
    leadAgency: 'Văn phòng UBND tỉnh',
    coordinatingAgencies: ['Sở Thông tin và Truyền thông'],
    budgetMillionVnd: 0,
    due: '2024',
  },
  {
    area: 'apparatus',
    title:
      'Rà soát, sắp xếp tổ chức bộ máy, tinh giản biên chế gắn với cơ cấu lại đội ngũ công chức, viên chức',
    product: 'Báo cáo',
    leadAgency: 'Sở Nội vụ',
    coordinatingAgencies: ['Các sở, ban, ngành'],
    budgetMillionVnd: 0,
    due: '2024-Q4',
  },
  {
    area: 'civil_service',
    title: 'Đào tạo, bồi dưỡng nâng cao năng lực cán bộ, công chức làm công tác cải cách hành chính',
    product: 'Lớp bồi dưỡng',
    leadAgency: 'Sở Nội vụ',
    coordinatingAgencies: [],
    budgetMillionVnd: 250,
    due: '2024-Q3',
  },
  {
    area: 'public_finance',
    title: 'Triển khai cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập',
    product: 'Quyết định giao quyền tự chủ',
    leadAgency: 'Sở Tài chính',
    coordinatingAgencies: ['Sở Nội vụ'],
    budgetMillionVnd: 0,
    due: '2024',
  },
  {
    area: 'digital_government',
    title: 'Đẩy mạnh tích hợp, chia sẻ dữ liệu, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    product: 'Dữ liệu được số hóa',
    leadAgency: 'Sở Thông tin và Truyền thông',
    coordinatingAgencies: ['Văn phòng UBND tỉnh'],
    budgetMillionVnd: 500,
    due: '2024',
  },
  {
    area: 'direction',
    title: 'Ban hành Kế hoạch cải cách hành chính năm 2024 của tỉnh',
    product: 'Kế hoạch',
    leadAgency: 'Sở Nội vụ',
    coordinatingAgencies: [],
    budgetMillionVnd: 0,
    due: '2023-12-31',
    // The province's own step: each district issues its own plan, as a task of its own.
    cascade: false,
  },
  {
    area: 'direction',
    title:
      'Kiểm tra công tác cải cách hành chính, công vụ, kỷ luật kỷ cương hành chính tại các cơ quan, đơn vị',
    product: 'Báo cáo kết quả kiểm tra',
    leadAgency: 'Sở Nội vụ',
    coordinatingAgencies: ['Văn phòng UBND tỉnh'],
    budgetMillionVnd: 80,
    due: '2024-Q4',
  },
  {
    area: 'direction',
    title: 'Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng',
    product: 'Chuyên trang, chuyên mục',
    leadAgency: 'Sở Thông tin và Truyền thông',
    coordinatingAgencies: ['Đài Phát thanh và Truyền hình tỉnh'],
    budgetMillionVnd: 150,
    due: '2024',
  },
];

/** How the province signed 218/KH-UBND: issued, then cascaded to the districts. */
export const demoIssue: IssuePlanRequest = {
  documentNumber: '218/KH-UBND',
  issuedOn: '2023-12-19',
  place: 'Sóc Trăng',
  signer: { name: 'Nguyễn Văn Minh', title: 'Phó Chủ tịch', capacity: 'KT' },
};

/**
 * Who does each assigned task in Thị xã Ngã Năm and with what money (seed 000, section IV:
 * the town's offices for the province's departments): the town names its own lead and
 * coordinating agencies and budget for what the province assigned, before it issues.
 * Keyed by the province task's title, which the cascade copies. 205 million VND in all.
 */
export const demoDistrictTaskOwners: Record<
  string,
  { leadAgency: string; coordinatingAgencies: string[]; budgetMillionVnd: number }
> = {
  'Xây dựng và triển khai thực hiện hiệu quả Kế hoạch theo dõi thi hành pháp luật các lĩnh vực trọng tâm năm 2024':
    {
      leadAgency: 'Phòng Tư pháp',
      coordinatingAgencies: ['Các phòng, ban ngành thị xã', 'UBND các xã, phường'],
      budgetMillionVnd: 15,
    },
  'Rà soát, tự kiểm tra văn bản quy phạm pháp luật để kịp thời sửa đổi, bổ sung, bãi bỏ': {
    leadAgency: 'Phòng Tư pháp',
    coordinatingAgencies: ['Các phòng, ban ngành thị xã'],
    budgetMillionVnd: 10,
  },
  'Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm thời gian, chi phí, giấy tờ không cần thiết': {
    leadAgency: 'Văn phòng HĐND và UBND thị xã',
    coordinatingAgencies: ['Các phòng, ban ngành thị xã'],
    budgetMillionVnd: 30,
  },
  'Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia và Hệ thống giải quyết thủ tục hành chính của tỉnh':
    {
      leadAgency: 'Văn phòng HĐND và UBND thị xã',
      coordinatingAgencies: ['UBND các xã, phường'],
      budgetMillionVnd: 0,
    },
  'Rà soát, sắp xếp tổ chức bộ máy, tinh giản biên chế gắn với cơ cấu lại đội ngũ công chức, viên chức': {
    leadAgency: 'Phòng Nội vụ',
    coordinatingAgencies: ['Các phòng, ban ngành thị xã'],
    budgetMillionVnd: 0,
  },
  'Đào tạo, bồi dưỡng nâng cao năng lực cán bộ, công chức làm công tác cải cách hành chính': {
    leadAgency: 'Phòng Nội vụ',
    coordinatingAgencies: [],
    budgetMillionVnd: 40,
  },
  'Triển khai cơ chế tự chủ tài chính đối với đơn vị sự nghiệp công lập': {
    leadAgency: 'Phòng Tài chính - Kế hoạch',
    coordinatingAgencies: ['Phòng Nội vụ'],
    budgetMillionVnd: 0,
  },
  'Đẩy mạnh tích hợp, chia sẻ dữ liệu, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính': {
    leadAgency: 'Phòng Văn hóa và Thông tin',
    coordinatingAgencies: ['Văn phòng HĐND và UBND thị xã'],
    budgetMillionVnd: 60,
  },
  'Kiểm tra công tác cải cách hành chính, công vụ, kỷ luật kỷ cương hành chính tại các cơ quan, đơn vị': {
    leadAgency: 'Phòng Nội vụ',
    coordinatingAgencies: ['Văn phòng HĐND và UBND thị xã'],
    budgetMillionVnd: 20,
  },
  'Tuyên truyền cải cách hành chính trên các phương tiện thông tin đại chúng': {
    leadAgency: 'Phòng Văn hóa và Thông tin',
    coordinatingAgencies: ['Trung tâm Văn hóa, Thể thao và Truyền thông thị xã'],
    budgetMillionVnd: 30,
  },
};

/**
 * Thị xã Ngã Năm (seed 000) confirms the plan it received as it came, issues it
 * as 12/KH-UBND and cascades it to its 8 communes; the other districts' plans
 * stay derived, waiting for them to confirm.
 */
export const DEMO_DISTRICT_CODE = '948';
export const demoDistrictIssue: IssuePlanRequest = {
  documentNumber: '12/KH-UBND',
  issuedOn: '2024-01-05',
  place: 'Ngã Năm',
  signer: { name: 'Kim Thái Phong', title: 'Chủ tịch', capacity: 'TM' },
};
