/** Folds Vietnamese text for search: NFD, combining marks stripped, đ → d, lower case ("Đặng Thị Ánh" → "dang thi anh"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** The digits of a phone number, so "0912 345 678" and "0912.345.678" find the same resident. */
export function digits(text: string): string {
  return text.replace(/\D/g, '');
}
