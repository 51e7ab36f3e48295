import type { Strings } from '../strings';

const en = {
  imports: {
    nav: 'Imports',
    historyTitle: 'Imports',
    historyIntro:
      'Every file imported into this workspace, newest first. Undo takes out everything one import wrote, and nothing else.',
    newTitle: 'Import a file',
    newIntro:
      'Bring in time entries, monthly figures or rates from a CSV or Excel file. Nothing is written until every row is right.',
    newImport: 'Import a file',
    contactsAccount: {
      label: 'Account',
      hint: 'The contacts in the file are added to this account. You need the right to edit its contacts.',
      placeholder: 'Choose the account',
      none: 'No account by that name',
    },
    fromSettings: 'Import from a file',
    toHistory: 'Import history',
    next: 'Next',
    steps: {
      kind: 'What',
      kindDescription: 'Kind of data',
      file: 'File',
      fileDescription: 'CSV or XLSX',
      columns: 'Columns',
      columnsDescription: 'Check the mapping',
      import: 'Import',
      importDescription: 'All rows or none',
    },
    kinds: {
      time_entries: {
        label: 'Time entries',
        description:
          'Hours people worked on accounts, from Jira Tempo, Harvest, Toggl Track or any timesheet. Each hour counts as labor invested at the cost rate of its day.',
      },
      monthly_returns: {
        label: 'Monthly revenue and delivery cost',
        description: 'What each account brought in and cost to deliver, month by month, in any currency.',
      },
      exchange_rates: {
        label: 'Exchange rates',
        description: 'How many units of the base currency one unit of another currency was worth, per month.',
      },
      cost_rates: {
        label: 'Cost rates',
        description:
          'Hourly cost of a person, of a team role, or the workspace default, each effective from a date.',
      },
    },
    kindNotAllowed: 'Only finance, a director or an admin may import: {{kinds}}.',
    noKinds: 'Your role cannot import anything. A director or finance can import for you.',
    units: { b: '{{n}} B', kb: '{{n}} KB', mb: '{{n}} MB' },
    drop: {
      title: 'Drop the file here, or choose it',
      hint: 'A CSV (comma, semicolon or tab separated) or an Excel workbook (.xlsx, first sheet). The first row names the columns.',
      choose: 'Choose a file',
      chosen: 'Chosen: {{name}} · {{size}}',
      another: 'Choose another file',
      notAFile: 'Drop one file',
    },
    preview: {
      reading: 'Reading the start of the file…',
      detected: 'Recognised as {{preset}}',
      notDetected: 'Not a known export: choose the columns below',
      preset: 'File layout',
      presetHint: 'A known export maps its columns by itself; choose “Other” to map them yourself.',
      dayFirst: 'Slashed dates are day first (31/12/2025)',
      dayFirstHint: 'Otherwise 3/4/2025 is read as 4 March, as Harvest and US spreadsheets write it.',
      mappingTitle: 'Which column holds what',
      mappingIntro:
        'Suggested from the file’s header. A field may take several columns (first and last name); they are joined with a space.',
      required: 'required',
      noColumn: 'Not in this file',
      chooseColumn: 'Choose a column',
      resetMapping: 'Use the suggested columns',
      rowsTitle: 'First rows, checked as the import will check them',
      rowsSummary: '{{count, number}} of the first {{total, number}} rows have an error',
      rowsSummary_one: '{{count, number}} of the first {{total, number}} rows has an error',
      rowsAllGood: 'The first {{count, number}} rows are all right',
      more: 'The import checks every row of the file; this shows the first {{count, number}}.',
      asImported: 'As imported',
      asInFile: 'As in the file',
      line: 'Line',
      check: 'Check',
      ok: 'OK',
      noRows: 'The file has a header row but no data rows.',
      badRowsWarning:
        'Rows with errors stop the whole import: nothing is written until they are fixed. Import anyway to get the report of every bad row in the file.',
      fixMapping: 'Choose a column for every required field to go on.',
      format: '{{format}} · {{delimiter}}',
      delimiter: {
        comma: 'comma separated',
        semicolon: 'semicolon separated',
        tab: 'tab separated',
        other: 'separated',
      },
      excel: 'first sheet',
    },
    run: {
      start: 'Import {{name}}',
      sending: 'Sending the file…',
      reading: 'Reading and checking rows…',
      writing: 'Writing {{rows, number}} rows…',
      rows: '{{rows, number}} rows read',
      bytes: '{{done}} of {{total}}',
      errorsSoFar: '{{count, number}} rows with errors so far',
      keepOpen: 'Keep this page open until the import finishes.',
    },
    result: {
      importedTitle: 'Imported',
      imported: 'Imported {{count, number}} rows from {{file}}.',
      imported_one: 'Imported {{count, number}} row from {{file}}.',
      written: '{{count, number}} records written',
      skipped: '{{count, number}} already in Vested were left out (same id or same value)',
      noOpTitle: 'Nothing new',
      noOp: 'This file was already imported — nothing new was added. It came in as {{file}} on {{when}} ({{who}}).',
      failedTitle: 'Nothing was imported',
      failed:
        '{{count, number}} rows have errors, so no row of the file was written. Fix them and import the file again.',
      failed_one:
        '{{count, number}} row has an error, so no row of the file was written. Fix it and import the file again.',
      errorsShown: 'Showing the first {{shown, number}} of {{count, number}} errors.',
      download: 'Download the errors (CSV)',
      chooseFixed: 'Choose the fixed file',
      another: 'Import another file',
      openHistory: 'Open the import history',
      refused: 'The import did not start',
      lost: 'The connection broke before the import finished. Open the history to see whether it was recorded.',
    },
    report: {
      line: 'Line',
      field: 'Column',
      reason: 'What is wrong',
      csvName: 'import-errors-{{file}}.csv',
    },
    history: {
      when: 'When',
      who: 'Who',
      kind: 'What',
      file: 'File',
      rows: 'Rows',
      status: 'Status',
      errors: 'Errors',
      rowsDetail: '{{written, number}} written · {{skipped, number}} left out',
      undoneBy: 'Undone {{when}} by {{who}}',
      undo: 'Undo',
      report: 'Report',
      reportTitle: 'Errors in {{file}}',
      empty: 'Nothing imported yet.',
      emptyFiltered: 'No imports match these filters.',
      allKinds: 'Everything',
      allStatuses: 'Any status',
      someone: 'someone',
    },
    status: { committed: 'Imported', failed: 'Failed', undone: 'Undone' },
    undo: {
      title: 'Undo this import?',
      body: 'This removes {{what}} that {{file}} added on {{when}}, and every figure built on them. Records added since — by other imports or by hand — stay. You can import the file again later.',
      confirm: 'Undo the import',
      what: {
        time_entries: '{{count, number}} time entries',
        time_entries_one: '{{count, number}} time entry',
        monthly_returns: '{{count, number}} revenue and delivery cost lines',
        monthly_returns_one: '{{count, number}} revenue or delivery cost line',
        exchange_rates: '{{count, number}} exchange rates',
        exchange_rates_one: '{{count, number}} exchange rate',
        cost_rates: '{{count, number}} cost rates',
        cost_rates_one: '{{count, number}} cost rate',
        other: '{{count, number}} records',
        other_one: '{{count, number}} record',
      },
      done: '{{file}} was undone',
    },
    presets: {
      tempo: 'Jira Tempo worklogs',
      harvest: 'Harvest time report',
      toggl: 'Toggl Track detailed report',
      generic: 'Other (map the columns)',
    },
    fields: {
      person: 'Person',
      account: 'Account',
      date: 'Date',
      hours: 'Hours',
      role: 'Role',
      note: 'Note',
      externalId: 'External id',
      month: 'Month',
      revenue: 'Revenue',
      deliveryCost: 'Delivery cost',
      currency: 'Currency',
      rate: 'Rate to base',
      from: 'Effective from',
      hourly: 'Hourly cost',
    },
    hints: {
      time_entries: {
        person: 'Who worked: their email, or their name as in Vested',
        account: 'The account by its name (as in Vested) or its id',
        date: 'The day worked: YYYY-MM-DD, or M/D/YYYY',
        hours: 'Decimal hours (1.5) or a duration (1:30, 01:30:00)',
        role: "The person's team role; when absent, their role on the account's team that day",
        note: 'What the time was spent on',
        externalId: "The entry's id in the source system: an entry already imported with it is skipped",
      },
      monthly_returns: {
        account: 'The account by its name (as in Vested) or its id',
        month: 'YYYY-MM (a date counts for its month)',
        revenue: 'Revenue of the month (give revenue, delivery cost or both)',
        deliveryCost: 'Cost of delivering the work of the month',
        currency: 'ISO 4217 code, e.g. EUR',
      },
      exchange_rates: {
        currency: 'ISO 4217 code, e.g. EUR',
        month: 'YYYY-MM (a date counts for its month)',
        rate: 'How many base-currency units one unit of the currency is worth',
      },
      cost_rates: {
        person: "A person's own rate: their email or name (leave empty for a role or the default)",
        role: "A team role's rate (leave person and role empty for the workspace default)",
        from: 'The first day the rate applies',
        hourly: 'Cost of one hour, e.g. 85.00',
        currency: 'ISO 4217 code, e.g. EUR',
      },
    },
  },
};

const ru: Strings<typeof en> = {
  imports: {
    nav: 'Импорт',
    historyTitle: 'Импорт',
    historyIntro:
      'Все файлы, загруженные в рабочее пространство, новые сверху. Отмена убирает всё, что записал один импорт, и ничего больше.',
    newTitle: 'Импорт файла',
    newIntro:
      'Загрузите часы, месячные показатели или ставки из файла CSV или Excel. Файл записывается, только если все его строки верны.',
    newImport: 'Импортировать файл',
    contactsAccount: {
      label: 'Аккаунт',
      hint: 'Контакты из файла будут добавлены в этот аккаунт. Нужно право изменять его контакты.',
      placeholder: 'Выберите аккаунт',
      none: 'Аккаунта с таким названием нет',
    },
    fromSettings: 'Импорт из файла',
    toHistory: 'История импорта',
    next: 'Далее',
    steps: {
      kind: 'Что',
      kindDescription: 'Вид данных',
      file: 'Файл',
      fileDescription: 'CSV или XLSX',
      columns: 'Столбцы',
      columnsDescription: 'Проверьте соответствие',
      import: 'Импорт',
      importDescription: 'Все строки или ни одной',
    },
    kinds: {
      time_entries: {
        label: 'Учёт времени',
        description:
          'Часы работы людей на аккаунтах из Jira Tempo, Harvest, Toggl Track или любого табеля. Каждый час считается вложенным трудом по ставке своего дня.',
      },
      monthly_returns: {
        label: 'Месячная выручка и себестоимость',
        description:
          'Что каждый аккаунт принёс и сколько стоило выполнение работ, по месяцам, в любой валюте.',
      },
      exchange_rates: {
        label: 'Курсы валют',
        description: 'Сколько единиц базовой валюты стоила единица другой валюты, по месяцам.',
      },
      cost_rates: {
        label: 'Ставки затрат',
        description:
          'Стоимость часа человека, командной роли или ставка по умолчанию — каждая действует с указанной даты.',
      },
    },
    kindNotAllowed: 'Импортировать это могут только финансы, директор или администратор: {{kinds}}.',
    noKinds: 'Ваша роль не позволяет ничего импортировать. Директор или финансы могут сделать это за вас.',
    units: { b: '{{n}} Б', kb: '{{n}} КБ', mb: '{{n}} МБ' },
    drop: {
      title: 'Перетащите файл сюда или выберите его',
      hint: 'CSV (через запятую, точку с запятой или табуляцию) или книга Excel (.xlsx, первый лист). Первая строка — названия столбцов.',
      choose: 'Выбрать файл',
      chosen: 'Выбран: {{name}} · {{size}}',
      another: 'Выбрать другой файл',
      notAFile: 'Перетащите один файл',
    },
    preview: {
      reading: 'Читаем начало файла…',
      detected: 'Распознано: {{preset}}',
      notDetected: 'Формат не распознан: выберите столбцы ниже',
      preset: 'Формат файла',
      presetHint:
        'Известная выгрузка сопоставляет столбцы сама; выберите «Другой», чтобы указать их вручную.',
      dayFirst: 'В датах через косую черту сначала день (31/12/2025)',
      dayFirstHint: 'Иначе 3/4/2025 читается как 4 марта — так пишут Harvest и американские таблицы.',
      mappingTitle: 'Какой столбец что содержит',
      mappingIntro:
        'Предложено по заголовку файла. Полю можно указать несколько столбцов (имя и фамилия) — они соединяются через пробел.',
      required: 'обязательно',
      noColumn: 'Нет в этом файле',
      chooseColumn: 'Выберите столбец',
      resetMapping: 'Вернуть предложенные столбцы',
      rowsTitle: 'Первые строки, проверенные так же, как при импорте',
      rowsSummary: 'Строк с ошибками среди первых {{total, number}}: {{count, number}}',
      rowsSummary_one: 'Строк с ошибками среди первых {{total, number}}: {{count, number}}',
      rowsAllGood: 'Первые строки ({{count, number}}) в порядке',
      more: 'Импорт проверит все строки файла; здесь — первые {{count, number}}.',
      asImported: 'Как будет импортировано',
      asInFile: 'Как в файле',
      line: 'Строка',
      check: 'Проверка',
      ok: 'Верно',
      noRows: 'В файле есть строка заголовка, но нет строк с данными.',
      badRowsWarning:
        'Строки с ошибками останавливают весь импорт: ничего не записывается, пока они не исправлены. Импортируйте всё равно, чтобы получить отчёт обо всех ошибочных строках файла.',
      fixMapping: 'Чтобы продолжить, выберите столбец для каждого обязательного поля.',
      format: '{{format}} · {{delimiter}}',
      delimiter: {
        comma: 'через запятую',
        semicolon: 'через точку с запятой',
        tab: 'через табуляцию',
        other: 'с разделителями',
      },
      excel: 'первый лист',
    },
    run: {
      start: 'Импортировать {{name}}',
      sending: 'Отправляем файл…',
      reading: 'Читаем и проверяем строки…',
      writing: 'Записываем строки: {{rows, number}}…',
      rows: 'Прочитано строк: {{rows, number}}',
      bytes: '{{done}} из {{total}}',
      errorsSoFar: 'Строк с ошибками пока: {{count, number}}',
      keepOpen: 'Не закрывайте страницу, пока импорт не закончится.',
    },
    result: {
      importedTitle: 'Импортировано',
      imported: 'Импортировано строк из {{file}}: {{count, number}}.',
      imported_one: 'Импортировано строк из {{file}}: {{count, number}}.',
      written: 'Записано записей: {{count, number}}',
      skipped:
        'Пропущено уже имеющихся в Vested (тот же идентификатор или то же значение): {{count, number}}',
      noOpTitle: 'Ничего нового',
      noOp: 'Этот файл уже импортирован — ничего нового не добавлено. Он был загружен как {{file}} {{when}} ({{who}}).',
      failedTitle: 'Ничего не импортировано',
      failed:
        'Строк с ошибками: {{count, number}}, поэтому ни одна строка файла не записана. Исправьте их и импортируйте файл снова.',
      failed_one:
        'Строк с ошибками: {{count, number}}, поэтому ни одна строка файла не записана. Исправьте её и импортируйте файл снова.',
      errorsShown: 'Показаны первые {{shown, number}} ошибок из {{count, number}}.',
      download: 'Скачать ошибки (CSV)',
      chooseFixed: 'Выбрать исправленный файл',
      another: 'Импортировать другой файл',
      openHistory: 'Открыть историю импорта',
      refused: 'Импорт не начался',
      lost: 'Связь прервалась до окончания импорта. Откройте историю, чтобы узнать, записан ли он.',
    },
    report: {
      line: 'Строка',
      field: 'Столбец',
      reason: 'Что не так',
      csvName: 'ошибки-импорта-{{file}}.csv',
    },
    history: {
      when: 'Когда',
      who: 'Кто',
      kind: 'Что',
      file: 'Файл',
      rows: 'Строки',
      status: 'Состояние',
      errors: 'Ошибки',
      rowsDetail: 'записано {{written, number}} · пропущено {{skipped, number}}',
      undoneBy: 'Отменён {{when}}, {{who}}',
      undo: 'Отменить',
      report: 'Отчёт',
      reportTitle: 'Ошибки в {{file}}',
      empty: 'Пока ничего не импортировано.',
      emptyFiltered: 'Нет импортов, подходящих под фильтры.',
      allKinds: 'Всё',
      allStatuses: 'Любое состояние',
      someone: 'кто-то',
    },
    status: { committed: 'Импортирован', failed: 'Не прошёл', undone: 'Отменён' },
    undo: {
      title: 'Отменить этот импорт?',
      body: 'Будут удалены {{what}}, добавленные файлом {{file}} {{when}}, и все цифры, построенные на них. Записи, добавленные позже — другими импортами или вручную, — останутся. Файл можно будет импортировать снова.',
      confirm: 'Отменить импорт',
      what: {
        time_entries: 'записи времени ({{count, number}})',
        time_entries_one: 'запись времени ({{count, number}})',
        monthly_returns: 'строки выручки и себестоимости ({{count, number}})',
        monthly_returns_one: 'строка выручки или себестоимости ({{count, number}})',
        exchange_rates: 'курсы валют ({{count, number}})',
        exchange_rates_one: 'курс валюты ({{count, number}})',
        cost_rates: 'ставки затрат ({{count, number}})',
        cost_rates_one: 'ставка затрат ({{count, number}})',
        other: 'записи ({{count, number}})',
        other_one: 'запись ({{count, number}})',
      },
      done: 'Импорт {{file}} отменён',
    },
    presets: {
      tempo: 'Журнал работ Jira Tempo',
      harvest: 'Отчёт о времени Harvest',
      toggl: 'Подробный отчёт Toggl Track',
      generic: 'Другой (указать столбцы)',
    },
    fields: {
      person: 'Человек',
      account: 'Аккаунт',
      date: 'Дата',
      hours: 'Часы',
      role: 'Роль',
      note: 'Примечание',
      externalId: 'Внешний идентификатор',
      month: 'Месяц',
      revenue: 'Выручка',
      deliveryCost: 'Себестоимость',
      currency: 'Валюта',
      rate: 'Курс к базовой',
      from: 'Действует с',
      hourly: 'Стоимость часа',
    },
    hints: {
      time_entries: {
        person: 'Кто работал: эл. почта или имя, как в Vested',
        account: 'Аккаунт по названию (как в Vested) или идентификатору',
        date: 'День работы: ГГГГ-ММ-ДД или М/Д/ГГГГ',
        hours: 'Часы десятичной дробью (1.5) или длительностью (1:30, 01:30:00)',
        role: 'Роль человека в команде; если не указана — его роль в команде аккаунта в тот день',
        note: 'На что потрачено время',
        externalId: 'Идентификатор записи в исходной системе: уже импортированная запись с ним пропускается',
      },
      monthly_returns: {
        account: 'Аккаунт по названию (как в Vested) или идентификатору',
        month: 'ГГГГ-ММ (дата относится к своему месяцу)',
        revenue: 'Выручка за месяц (укажите выручку, себестоимость или обе)',
        deliveryCost: 'Стоимость выполнения работ за месяц',
        currency: 'Код ISO 4217, например EUR',
      },
      exchange_rates: {
        currency: 'Код ISO 4217, например EUR',
        month: 'ГГГГ-ММ (дата относится к своему месяцу)',
        rate: 'Сколько единиц базовой валюты стоит единица этой валюты',
      },
      cost_rates: {
        person: 'Собственная ставка человека: эл. почта или имя (пусто — для роли или ставки по умолчанию)',
        role: 'Ставка роли в команде (оставьте человека и роль пустыми для ставки по умолчанию)',
        from: 'Первый день действия ставки',
        hourly: 'Стоимость одного часа, например 85.00',
        currency: 'Код ISO 4217, например EUR',
      },
    },
  },
};

const fieldRu = (english: string): string => {
  const key = (Object.keys(en.imports.fields) as (keyof typeof en.imports.fields)[]).find(
    (k) => en.imports.fields[k].toLowerCase() === english.toLowerCase(),
  );
  return key ? ru.imports.fields[key] : english;
};
const returnKindRu = (english: string) =>
  english.toLowerCase() === 'revenue'
    ? 'выручка'
    : english.toLowerCase() === 'delivery cost'
      ? 'себестоимость'
      : english;
/** Whose cost rate, as the server words it: "Ada Lovelace's rate", "The engineer rate", "The default rate". */
const ownerRu = (english: string): string => {
  if (english === 'The default rate') return 'Ставка по умолчанию';
  const role = /^The (\S+) rate$/.exec(english);
  if (role) return `Ставка роли ${role[1]}`;
  const person = /^(.*)'s rate$/.exec(english);
  return person ? `Ставка: ${person[1]}` : english;
};

export type ReasonPattern = [RegExp, string | ((...parts: string[]) => string)];

/**
 * The server words row errors in English from a few templates (packages/domain imports/values.ts,
 * the import lookups and kinds). Russian shows them through these patterns, first match wins; `$1`…
 * (or the function's arguments) are the parts the template filled in. A reason no pattern knows is
 * shown as it came.
 */
export const importReasonsRu: ReasonPattern[] = [
  [/^'(.*)' is not a calendar date$/, '«$1» — такой даты нет в календаре'],
  [/^The date is missing$/, 'Не указана дата'],
  [/^'(.*)' is not a date \(use YYYY-MM-DD\)$/, '«$1» — не дата (пишите ГГГГ-ММ-ДД)'],
  [/^The month is missing$/, 'Не указан месяц'],
  [/^'(.*)' is not a month \(use YYYY-MM\)$/, '«$1» — не месяц (пишите ГГГГ-ММ)'],
  [/^Hours are missing$/, 'Не указаны часы'],
  [
    /^'(.*)' is not a number of hours \(e\.g\. 1\.5 or 1:30\)$/,
    '«$1» — не количество часов (например, 1.5 или 1:30)',
  ],
  [/^Hours must be above zero$/, 'Часов должно быть больше нуля'],
  [/^(.*) hours is more than a day$/, '$1 ч — больше суток'],
  [/^The currency is missing$/, 'Не указана валюта'],
  [/^'(.*)' is not a known currency code \(e\.g\. EUR\)$/, '«$1» — неизвестный код валюты (например, EUR)'],
  [
    /^'(.*)' could be read two ways: write it without thousands separators, with a dot for decimals$/,
    '«$1» можно прочитать двояко: пишите без разделителей тысяч, с точкой перед дробной частью',
  ],
  [/^The amount is missing$/, 'Не указана сумма'],
  [/^'(.*)' is not an amount$/, '«$1» — не сумма'],
  [/^([A-Z]{3}) has (\d+) decimals; '(.*)' has more$/, 'Знаков после запятой у $1: $2, а в «$3» больше'],
  [/^'(.*)' is too large$/, '«$1» — слишком большое число'],
  [/^The amount cannot be negative$/, 'Сумма не может быть отрицательной'],
  [/^The rate is missing$/, 'Не указан курс'],
  [/^'(.*)' is not a rate \(e\.g\. 1\.0835\)$/, '«$1» — не курс (например, 1.0835)'],
  [/^'(.*)' has more than 10 decimals$/, 'В «$1» больше 10 знаков после запятой'],
  [/^The rate must be above zero$/, 'Курс должен быть больше нуля'],
  [/^'(.*)' is not a team role \(one of (.*)\)$/, '«$1» — не роль в команде (одна из: $2)'],
  [/^The account is missing$/, 'Не указан аккаунт'],
  [/^Account '(.*)' not found or not yours$/, 'Аккаунт «$1» не найден или не ваш'],
  [
    /^(\d+) of your accounts are named '(.*)'; use the account id instead$/,
    'Аккаунтов с названием «$2»: $1; укажите идентификатор аккаунта',
  ],
  [/^The person is missing$/, 'Не указан человек'],
  [/^No person with the email '(.*)'$/, 'Нет человека с эл. почтой «$1»'],
  [/^(\d+) people are named '(.*)'; use their email instead$/, 'Людей с именем «$2»: $1; укажите эл. почту'],
  [
    /^No person named '(.*)' \(add them under People, or use their email\)$/,
    'Нет человека с именем «$1» (добавьте его в разделе «Люди» или укажите эл. почту)',
  ],
  [/^Choose the columns first$/, 'Сначала выберите столбцы'],
  [/^The note is longer than 2,000 characters$/, 'Примечание длиннее 2000 символов'],
  [/^The external id is longer than 200 characters$/, 'Внешний идентификатор длиннее 200 символов'],
  [/^External id (.*) is also on line (\d+)$/, 'Внешний идентификатор $1 есть и в строке $2'],
  [
    /^A rate is of a person or of a role, not both: leave one empty$/,
    'Ставка — либо человека, либо роли, не обоих: оставьте одно поле пустым',
  ],
  [/^(.*) is the base currency: its rate is always 1$/, '$1 — базовая валюта: её курс всегда 1'],
  [/^A ([A-Z]{3}) rate for (\S+) is also on line (\d+)$/, 'Курс $1 за $2 есть и в строке $3'],
  [
    /^(Revenue|Delivery cost) of (\S+) in ([A-Z]{3}) for (.*) is also on line (\d+)$/,
    (kind, month, currency, account, line) =>
      `${kind === 'Revenue' ? 'Выручка' : 'Себестоимость'} за ${month} в ${currency} для «${account}» есть и в строке ${line}`,
  ],
  [
    /^(.*) from (\S+) is also on line (\d+)$/,
    (owner, from, line) => `${ownerRu(owner)} с ${from} есть и в строке ${line}`,
  ],
  [
    /^([A-Z]{3}) already has the rate (\S+) for (\S+); this file says (\S+)\. Change it in the economics settings, or undo the import that set it$/,
    'У $1 за $3 уже есть курс $2, а в файле — $4. Измените его в настройках экономики или отмените импорт, который его задал',
  ],
  [
    /^(.*) from (\S+) is already (.*); this file says (.*)\. Change it in the economics settings, or undo the import that set it$/,
    (owner, from, old, now) =>
      `${ownerRu(owner)} с ${from} уже ${old}, а в файле — ${now}. Измените её в настройках экономики или отмените импорт, который её задал`,
  ],
  [
    /^(.*) already has (revenue|delivery cost) of (.*) for (\S+); this file says (.*)\. Change it on the account's Economics tab, or undo the import that wrote it$/,
    (account, kind, old, month, now) =>
      `У «${account}» за ${month} уже ${returnKindRu(kind)} ${old}, а в файле — ${now}. Измените на вкладке «Экономика» аккаунта или отмените импорт, который это записал`,
  ],
  [/^Give revenue, delivery cost or both$/, 'Укажите выручку, себестоимость или обе'],
  [/^No column '(.*)' in the file$/, 'В файле нет столбца «$1»'],
  [/^No field '(.*)' in this import$/, 'В этом импорте нет поля «$1»'],
  [/^Choose the column that holds (.*)$/, (field) => `Выберите столбец для поля «${fieldRu(field)}»`],
  [/^No preset '(.*)' for this import \(one of (.*)\)$/, 'Нет формата «$1» для этого импорта (есть: $2)'],
  [/^(\d+) rows have errors; nothing was imported$/, 'Строк с ошибками: $1; ничего не импортировано'],
  [/^1 row has an error; nothing was imported$/, 'В одной строке ошибка; ничего не импортировано'],
  [/^The file has a header row but no data rows$/, 'В файле есть строка заголовка, но нет строк с данными'],
  [/^The columns do not fit this import yet$/, 'Столбцы пока не подходят для этого импорта'],
  [/^The file is empty$/, 'Файл пуст'],
  [/^The file has no header row$/, 'В файле нет строки заголовка'],
  [/^The CSV cannot be read: (.*)$/, 'CSV не читается: $1'],
  [/^The XLSX cannot be read: (.*)$/, 'XLSX не читается: $1'],
  [/^Your role cannot import (.*)$/, 'Ваша роль не позволяет импортировать это'],
  [/^This import was already undone$/, 'Этот импорт уже отменён'],
  [
    /^A failed import wrote nothing, so there is nothing to undo$/,
    'Неудавшийся импорт ничего не записал, отменять нечего',
  ],
  [/^Import not found$/, 'Импорт не найден'],
];

export const imports = { en, ru };
