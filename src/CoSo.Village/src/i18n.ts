/** Every text the worker sees, Vietnamese first, English second. `t('key', a, b)` fills {0}, {1}. */
const dict = {
  appName: ['CoSo – Y tế thôn', 'CoSo – Village health'],
  appShort: ['Y tế thôn', 'Village'],
  langSwitch: ['EN', 'VI'],
  langSwitchLabel: ['Switch to English', 'Chuyển sang tiếng Việt'],
  // sign-in
  signInTitle: ['Đăng nhập', 'Sign in'],
  userName: ['Tên đăng nhập', 'User name'],
  password: ['Mật khẩu', 'Password'],
  totp: ['Mã xác thực 6 số', '6-digit authentication code'],
  signIn: ['Đăng nhập', 'Sign in'],
  signingIn: ['Đang đăng nhập…', 'Signing in…'],
  registering: ['Đang đăng ký thiết bị…', 'Registering this phone…'],
  sessionEnded: ['Phiên đăng nhập đã kết thúc. Hãy đăng nhập lại để đồng bộ; dữ liệu và các bản ghi chờ gửi vẫn được giữ trên máy.',
    'Your session has ended. Sign in again to sync; the data and the records waiting stay on this phone.'],
  otherUser: ['Máy này đang dùng cho tài khoản {0}. Hãy đăng nhập bằng tài khoản đó, hoặc xóa dữ liệu trên máy.',
    'This phone is set up for the account {0}. Sign in with that account, or erase the data on this phone.'],
  wiped: ['Thiết bị đã bị thu hồi hoặc tài khoản đã ngừng hoạt động. Dữ liệu trên máy đã được xóa.',
    'This device has been revoked or the account deactivated. The data on this phone has been erased.'],
  needNetwork: ['Cần có mạng để đăng nhập lần đầu.', 'A network connection is needed to sign in the first time.'],
  cancel: ['Hủy', 'Cancel'],
  reregister: ['Máy chủ không còn nhận ra điện thoại này (có thể đã khôi phục dữ liệu). Hãy đăng nhập để đăng ký lại; dữ liệu và bản ghi trên máy vẫn được giữ và sẽ được gửi lại.',
    'The server no longer knows this phone (it may have been restored). Sign in to register it again; the data and records on the phone are kept and will be sent again.'],
  repinTitle: ['Xác nhận mã PIN', 'Confirm your PIN'],
  repinHelp: ['Nhập mã PIN hiện tại để bảo vệ dữ liệu bằng khóa mới.', 'Enter your current PIN to protect the data with the new key.'],
  // PIN
  pinSetTitle: ['Đặt mã PIN', 'Set a PIN'],
  pinSetHelp: ['Mã PIN (4–6 chữ số) dùng để mở ứng dụng và bảo vệ dữ liệu trên máy.',
    'The PIN (4–6 digits) opens the app and protects the data on this phone.'],
  pin: ['Mã PIN', 'PIN'],
  pinConfirm: ['Nhập lại mã PIN', 'PIN again'],
  pinSave: ['Lưu mã PIN', 'Save PIN'],
  pinFormat: ['Mã PIN gồm 4 đến 6 chữ số.', 'The PIN is 4 to 6 digits.'],
  pinMismatch: ['Hai mã PIN không khớp.', 'The two PINs differ.'],
  unlockTitle: ['Mở khóa', 'Unlock'],
  unlockHelp: ['Tài khoản {0}. Nhập mã PIN để mở.', 'Account {0}. Enter your PIN to open.'],
  unlock: ['Mở', 'Open'],
  unlocking: ['Đang mở…', 'Opening…'],
  pinWrong: ['Mã PIN không đúng.', 'Wrong PIN.'],
  pinLocked: ['Sai quá nhiều lần. Thử lại sau {0} giây.', 'Too many wrong PINs. Try again in {0} seconds.'],
  eraseDevice: ['Quên PIN? Xóa dữ liệu trên máy', 'Forgot the PIN? Erase this phone'],
  eraseConfirm: ['Xóa toàn bộ dữ liệu trên máy? Các bản ghi chưa gửi ({0}) sẽ mất.',
    'Erase all data on this phone? The records not yet sent ({0}) will be lost.'],
  lock: ['Khóa', 'Lock'],
  // navigation
  home: ['Trang chủ', 'Home'],
  records: ['Bản ghi', 'Records'],
  notifyStation: ['Báo trạm', 'Notify station'],
  back: ['‹ Quay lại', '‹ Back'],
  // sync bar
  sync: ['Đồng bộ', 'Sync'],
  syncing: ['Đang đồng bộ…', 'Syncing…'],
  lastSync: ['Lần cuối', 'Last sync'],
  never: ['chưa bao giờ', 'never'],
  waiting: ['Chờ gửi', 'Waiting'],
  failed: ['Lỗi', 'Failed'],
  offline: ['Không có mạng', 'Offline'],
  syncOffline: ['Không kết nối được máy chủ; các bản ghi vẫn chờ gửi.', 'Could not reach the server; the records are still waiting.'],
  syncServerError: ['Máy chủ trả lỗi ({0}); các bản ghi vẫn chờ gửi.', 'The server answered an error ({0}); the records are still waiting.'],
  syncDone: ['Đã đồng bộ.', 'Synced.'],
  firstSyncNeeded: ['Chưa có dữ liệu thôn. Hãy đồng bộ khi có mạng.', 'No village data yet. Sync when online.'],
  // home
  search: ['Tìm người dân (tên, số điện thoại)', 'Search residents (name, phone)'],
  noResults: ['Không tìm thấy.', 'Nothing found.'],
  moreResults: ['… và {0} người khác, hãy gõ thêm.', '… and {0} more, type more to narrow.'],
  listChildren: ['Trẻ đến hạn tiêm chủng', 'Children due for vaccines'],
  listChronic: ['Bệnh mạn tính quá hẹn', 'Chronic patients overdue'],
  listPregnancies: ['Phụ nữ mang thai', 'Pregnant women'],
  listNewborns: ['Trẻ sơ sinh cần thăm', 'Newborns due a visit'],
  listCases: ['Ca bệnh gần đây', 'Recent cases'],
  listEmpty: ['Không có ai.', 'No one.'],
  dose: ['mũi {0}', 'dose {0}'],
  dueOn: ['hạn {0}', 'due {0}'],
  overdue: ['quá hạn', 'overdue'],
  daysOverdue: ['quá hẹn {0} ngày', '{0} days overdue'],
  lastBp: ['HA gần nhất {0}', 'last BP {0}'],
  edd: ['dự sinh {0}', 'due date {0}'],
  nextAnc: ['khám thai tiếp {0}', 'next ANC {0}'],
  daysSinceBirth: ['{0} ngày tuổi', '{0} days old'],
  onset: ['khởi phát {0}', 'onset {0}'],
  programme_Hypertension: ['Tăng huyết áp', 'Hypertension'],
  programme_Diabetes: ['Đái tháo đường', 'Diabetes'],
  conflicts: ['Xung đột', 'Conflicts'],
  lastCall: ['lần liên lạc trước: {0}', 'last call: {0}'],
  sameHousehold: ['Cùng hộ', 'Same household'],
  unknownPerson: ['(không có trong danh sách thôn)', '(not in the village list)'],
  // resident
  sex_Male: ['Nam', 'Male'],
  sex_Female: ['Nữ', 'Female'],
  sex_Other: ['Khác', 'Other'],
  born: ['Sinh', 'Born'],
  household: ['Hộ', 'Household'],
  phone: ['Điện thoại', 'Phone'],
  phonePending: ['{0} (chờ gửi)', '{0} (waiting to send)'],
  bhyt: ['BHYT', 'Health insurance'],
  bhyt_valid: ['còn hạn đến {0}', 'valid until {0}'],
  bhyt_expired: ['hết hạn {0}', 'expired {0}'],
  bhyt_none: ['không có', 'none'],
  actionVisit: ['Thăm hộ gia đình', 'Home visit'],
  actionOutcome: ['Kết quả theo dõi', 'Follow-up outcome'],
  actionPhone: ['Sửa số điện thoại', 'Edit phone'],
  actionNotify: ['Báo trạm', 'Notify station'],
  actionCase: ['Ca nghi mắc bệnh', 'Suspected case'],
  residentRecords: ['Bản ghi về người này', 'Records about this person'],
  residentGone: ['Người này không còn trong danh sách thôn.', 'This person is no longer in the village list.'],
  // forms
  date: ['Ngày (dd/mm/yyyy)', 'Date (dd/mm/yyyy)'],
  systolic: ['Huyết áp tâm thu (mmHg)', 'Systolic BP (mmHg)'],
  diastolic: ['Huyết áp tâm trương (mmHg)', 'Diastolic BP (mmHg)'],
  glucose: ['Đường huyết (mmol/L)', 'Glucose (mmol/L)'],
  weight: ['Cân nặng (kg)', 'Weight (kg)'],
  tookMedicine: ['Có uống thuốc đều', 'Took the medicine'],
  referral: ['Khuyên đến trạm khám', 'Advised to see the station'],
  notes: ['Ghi chú', 'Notes'],
  save: ['Lưu', 'Save'],
  saved: ['Đã lưu trên máy, chờ gửi.', 'Saved on the phone, waiting to send.'],
  enrolment: ['Chương trình', 'Programme'],
  outcome: ['Kết quả', 'Outcome'],
  newPhone: ['Số điện thoại mới', 'New phone number'],
  notifyType: ['Loại thông báo', 'Notification'],
  type_pregnancy: ['Có thai', 'Pregnancy'],
  type_birth: ['Sinh con', 'Birth'],
  type_death: ['Tử vong', 'Death'],
  type_newResident: ['Người mới đến', 'New resident'],
  type_move: ['Chuyển đi', 'Moved away'],
  fullName: ['Họ và tên', 'Full name'],
  sex: ['Giới tính', 'Sex'],
  birthDate: ['Ngày sinh (dd/mm/yyyy)', 'Birth date (dd/mm/yyyy)'],
  lmp: ['Ngày đầu kỳ kinh cuối (dd/mm/yyyy)', 'Last menstrual period (dd/mm/yyyy)'],
  disease: ['Bệnh nghi mắc', 'Suspected disease'],
  onsetDate: ['Ngày khởi phát (dd/mm/yyyy)', 'Onset date (dd/mm/yyyy)'],
  symptoms: ['Triệu chứng', 'Symptoms'],
  choose: ['— Chọn —', '— Choose —'],
  errRequired: ['Bắt buộc.', 'Required.'],
  errNumber: ['Không phải số hợp lệ.', 'Not a valid number.'],
  errWhole: ['Nhập số nguyên.', 'Enter a whole number.'],
  errRange: ['Phải từ {0} đến {1}.', 'Must be between {0} and {1}.'],
  errDate: ['Ngày không hợp lệ (dd/mm/yyyy).', 'Not a valid date (dd/mm/yyyy).'],
  errFuture: ['Ngày không được ở tương lai.', 'The date cannot be in the future.'],
  errBpPair: ['Nhập cả hai số huyết áp.', 'Enter both blood pressure numbers.'],
  errBpOrder: ['Tâm trương phải thấp hơn tâm thu.', 'Diastolic must be lower than systolic.'],
  errEmptyVisit: ['Nhập ít nhất một chỉ số hoặc ghi chú.', 'Enter at least one measurement or a note.'],
  errPhone: ['Số điện thoại gồm 10 chữ số, bắt đầu bằng 0.', 'A phone number is 10 digits starting with 0.'],
  errPast: ['Ngày hẹn phải từ hôm nay trở đi.', 'The appointment must be today or later.'],
  errTooOld: ['Chỉ ghi được trong vòng {0} ngày qua.', 'Only the last {0} days can be recorded.'],
  newAppointment: ['Hẹn ngày đến trạm (dd/mm/yyyy)', 'Appointment at the station (dd/mm/yyyy)'],
  birthYear: ['Năm sinh', 'Birth year'],
  errTooLong: ['Quá dài (tối đa {0} ký tự).', 'Too long (at most {0} characters).'],
  // records
  recordsTitle: ['Bản ghi đã làm trên máy', 'Records made on this phone'],
  noRecords: ['Chưa có bản ghi.', 'No records yet.'],
  status_queued: ['Chờ gửi', 'Waiting'],
  status_sent: ['Đã gửi', 'Sent'],
  status_rejected: ['Bị từ chối', 'Rejected'],
  status_conflict: ['Xung đột', 'Conflict'],
  kind_homeVisit: ['Thăm hộ', 'Home visit'],
  kind_followUpOutcome: ['Kết quả theo dõi', 'Follow-up outcome'],
  kind_notification: ['Báo trạm', 'Notification'],
  kind_suspectedCase: ['Ca nghi mắc', 'Suspected case'],
  kind_residentEdit: ['Sửa số điện thoại', 'Phone edit'],
  conflictText: ['Trên máy: {0} · Tại trạm: {1} · Giữ: {2}', 'Phone: {0} · Station: {1} · Kept: {2}'],
  kept_station: ['giá trị của trạm', "the station's value"],
  kept_phone: ['giá trị trên máy', "the phone's value"],
  dismiss: ['Bỏ bản ghi này', 'Dismiss this record'],
  fixAndResend: ['Sửa và gửi lại', 'Fix and send again'],
  empty: ['(trống)', '(empty)'],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof dict;
export type Lang = 'vi' | 'en';

const LANG_KEY = 'coso.village.lang';
let lang: Lang = (localStorage.getItem(LANG_KEY) as Lang | null) ?? 'vi';

export function getLang(): Lang {
  return lang;
}

export function setLang(value: Lang): void {
  lang = value;
  localStorage.setItem(LANG_KEY, value);
  document.documentElement.lang = value;
}

export function t(key: TextKey, ...args: (string | number)[]): string {
  const text: string = dict[key][lang === 'vi' ? 0 : 1];
  return args.length ? text.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? '')) : text;
}

/** For keys built at run time (status_…, kind_…): falls back to the raw code. */
export function tCode(prefix: string, code: string, ...args: (string | number)[]): string {
  const key = `${prefix}_${code}`;
  return key in dict ? t(key as TextKey, ...args) : code;
}

/** A coded value of the payload (outcomes, diseases) in the current language. */
export function label(c: { vi: string; en: string }): string {
  return lang === 'vi' ? c.vi : c.en;
}
