import { Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { type ListsSearch, listTabs } from './listsSearch';
import { RolesPanel } from './RolesPanel';
import { SkillsPanel } from './SkillsPanel';

const route = getRouteApi('/app/settings/lists');

/** The program's lists (admin, director): the roles of an account team and the skill catalogue. */
export function WorkspaceListsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const tab = search.tab ?? 'roles';
  const update = (patch: Partial<ListsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: 'q' in patch });
  return (
    <>
      <PageHeader title={t('workspaceLists.title')} />
      <Tabs
        value={tab}
        onChange={(v) =>
          navigate({ search: { tab: listTabs.find((x) => x === v) === 'skills' ? 'skills' : undefined } })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {listTabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`workspaceLists.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="roles">
          <RolesPanel />
        </Tabs.Panel>
        <Tabs.Panel value="skills">
          <SkillsPanel search={search} update={update} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
