import type { Strings } from '../strings';

const en = {
  matrix: {
    nav: 'Matrix',
    title: 'Account teams matrix',
    intro:
      'People by department or line manager, across the accounts they work on: role and hours in each cell, the month’s total against their capacity.',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    groupBy: 'Group by',
    byDepartment: 'Department',
    byLineManager: 'Line manager',
    searchPlaceholder: 'Name…',
    account: 'Account',
    overOnly: 'Over capacity only',
    myPeople: 'My people',
    person: 'Person',
    total: 'Total / capacity',
    noGroup: 'Not set',
    elsewhere: '+{{hours}} h elsewhere',
    cellTooltip: '{{role}} on {{account}}: {{hours}} h a month (this month’s share shown)',
    empty: 'Nobody to show: no one you may see is allocated or has capacity yet.',
    emptyFiltered: 'Nobody matches these filters this month.',
    pageTotals: 'On this page: {{allocated}} h allocated of {{capacity}} h capacity',
  },
};

const ru: Strings<typeof en> = {
  matrix: {
    nav: 'Матрица',
    title: 'Матрица аккаунт-команд',
    intro:
      'Сотрудники по отделам или линейным руководителям и аккаунты, в которых они работают: в ячейке роль и часы, в итоге месяца — сравнение с ёмкостью.',
    previousMonth: 'Предыдущий месяц',
    nextMonth: 'Следующий месяц',
    groupBy: 'Группировать',
    byDepartment: 'По отделам',
    byLineManager: 'По руководителям',
    searchPlaceholder: 'Имя…',
    account: 'Аккаунт',
    overOnly: 'Только перегруженные',
    myPeople: 'Мои подчинённые',
    person: 'Сотрудник',
    total: 'Итого / ёмкость',
    noGroup: 'Не указано',
    elsewhere: '+{{hours}} ч в других',
    cellTooltip: '{{role}} в {{account}}: {{hours}} ч в месяц (показана доля этого месяца)',
    empty: 'Некого показать: ни у кого из видимых вам сотрудников пока нет распределения или ёмкости.',
    emptyFiltered: 'В этом месяце под фильтры никто не подходит.',
    pageTotals: 'На этой странице: распределено {{allocated}} ч из {{capacity}} ч ёмкости',
  },
};

export const matrix = { en, ru };
