import { economicsMessages } from './areas/economics';
import { teamMessages } from './areas/team';

/**
 * The contracts (shared with the server) word their validation messages in English. The Russian UI
 * shows them through this table; a message not listed is shown as it came.
 */
export const ruMessages: Record<string, string> = {
  ...economicsMessages,
  ...teamMessages,
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
  'From 1 to 5': 'От 1 до 5',
  'From 0 to 10': 'От 0 до 10',
  'Use a whole number from 1 to 5': 'Целое число от 1 до 5',
  'Use a whole number from 0 to 10': 'Целое число от 0 до 10',
  'At most 300 characters': 'Не больше 300 символов',
  'At most 2000 characters': 'Не больше 2000 символов',
  'At most 5000 characters': 'Не больше 5000 символов',
  'At most 50 characters': 'Не больше 50 символов',
  'At most 30 interests': 'Не больше 30 интересов',
  'Write the interest or remove it': 'Напишите интерес или удалите его',
  'Title is required': 'Укажите название',
  'Choose at least one contact': 'Выберите хотя бы одно контактное лицо',
  'Name at least one contact on this side': 'Укажите хотя бы одно контактное лицо этой стороны',
  'Say what this side wants': 'Напишите, чего хочет эта сторона',
  'A conflict has at least two sides': 'У конфликта не меньше двух сторон',
  'This would make a loop in the org chart': 'Так в оргструктуре получится петля',
  'This person reports (directly or not) to the contact being edited':
    'Этот человек (прямо или косвенно) подчиняется редактируемому контактному лицу',
  'A contact reports to a contact of the same account':
    'Руководитель должен быть контактным лицом того же аккаунта',
  'Choose a contact of this account': 'Выберите контактное лицо этого аккаунта',
};
