/**
 * The contracts (shared with the server) word their validation messages in English. The Russian UI
 * shows them through this table; a message not listed is shown as it came.
 */
export const ruMessages: Record<string, string> = {
  'Name is required': 'Укажите название',
  'At most 200 characters': 'Не больше 200 символов',
  'At most 120 characters': 'Не больше 120 символов',
  'At most 100 characters': 'Не больше 100 символов',
  'At most 20000 characters': 'Не больше 20000 символов',
  'A tag has at most 40 characters': 'Тег — не длиннее 40 символов',
  'At most 20 tags': 'Не больше 20 тегов',
  'Use a two-letter country code (ISO 3166), e.g. DE': 'Двухбуквенный код страны (ISO 3166), например DE',
  'Use a full address, e.g. https://example.com': 'Полный адрес, например https://example.com',
  'Give the reason for the decision': 'Укажите основание решения',
  'Give the reason for the change': 'Укажите основание изменения',
  'The end date is before the start date': 'Дата окончания раньше даты начала',
  'Enter a valid email': 'Введите корректную эл. почту',
  'Enter your password': 'Введите пароль',
  'Enter your current password': 'Введите текущий пароль',
  'At least 10 characters': 'Не меньше 10 символов',
  'Must be a valid id': 'Некорректный идентификатор',
  'Use a date as YYYY-MM-DD': 'Дата в формате ГГГГ-ММ-ДД',
  'Name the token after what uses it': 'Назовите токен по тому, что его использует',
  'The email or password is not right': 'Неверная эл. почта или пароль',
  'The current password is not right': 'Текущий пароль неверен',
};
