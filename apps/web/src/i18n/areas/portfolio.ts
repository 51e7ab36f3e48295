import type { Strings } from '../strings';

const en = {
  portfolio: {
    nav: 'Portfolio',
    title: 'Portfolio',
    period: 'Last twelve months, {{from}} – {{to}} · {{currency}}',
    chartTitle: 'Invested and returned, account by account',
    chartDescription:
      'Each bubble is an account: further right, more invested; higher, more returned; larger, more revenue. Click one to open it.',
    chartHint: 'Point at a bubble to read its figures, or open the table view.',
    xAxis: 'Invested in 12 months',
    yAxis: 'Returned in 12 months',
    diagonal: 'returned = invested',
    capped: 'The chart shows the {{shown}} best-ranked of {{total}} accounts; the table lists them all.',
    rank: 'Rank',
    rankFinancial: 'Rank among all accounts by 12-month ROI multiple',
    rankImage: 'An image account: ranked among image accounts by value score',
    account: 'Account',
    manager: 'Account manager',
    objective: 'Objective',
    status: 'Status',
    invested: 'Invested',
    returned: 'Returned',
    revenue: 'Revenue',
    suggested: 'Suggested tier',
    decided: 'Decided tier',
    objectiveShort: { growth: 'Growth', preservation: 'Preservation', image: 'Image' },
    tierShort: { key: 'Key', regular: 'Regular' },
    atOrigin:
      '{{count}} accounts with nothing invested or returned in these twelve months sit at the origin.',
    empty: 'No accounts to show yet.',
    emptyFiltered: 'No accounts match these filters.',
  },
};

const ru: Strings<typeof en> = {
  portfolio: {
    nav: 'Портфель',
    title: 'Портфель',
    period: 'Последние двенадцать месяцев, {{from}} – {{to}} · {{currency}}',
    chartTitle: 'Вложено и отдача по аккаунтам',
    chartDescription:
      'Каждый пузырь — аккаунт: правее — больше вложено, выше — больше отдача, крупнее — больше выручка. Нажмите, чтобы открыть.',
    chartHint: 'Наведите на пузырь, чтобы увидеть его цифры, или откройте таблицу.',
    xAxis: 'Вложено за 12 месяцев',
    yAxis: 'Отдача за 12 месяцев',
    diagonal: 'отдача = вложено',
    capped: 'На графике — {{shown}} лучших по рейтингу из {{total}} аккаунтов; в таблице — все.',
    rank: 'Место',
    rankFinancial: 'Место среди всех аккаунтов по кратности возврата за 12 месяцев',
    rankImage: 'Имиджевый аккаунт: место среди имиджевых по оценке ценности',
    account: 'Аккаунт',
    manager: 'Аккаунт-менеджер',
    objective: 'Цель',
    status: 'Состояние',
    invested: 'Вложено',
    returned: 'Отдача',
    revenue: 'Выручка',
    suggested: 'Предложено',
    decided: 'Решено',
    objectiveShort: { growth: 'Рост', preservation: 'Сохранение', image: 'Имидж' },
    tierShort: { key: 'Ключевой', regular: 'Обычный' },
    atOrigin: 'Аккаунтов без вложений и отдачи за эти двенадцать месяцев (в начале координат): {{count}}.',
    empty: 'Аккаунтов пока нет.',
    emptyFiltered: 'Нет аккаунтов, подходящих под фильтры.',
  },
};

export const portfolio = { en, ru };
