/** Business notes (markdown) for the accounts that matter most: what the account team must know. */

const note = (parts: { what: string; decisions: string; culture: string; problems: string }): string =>
  [
    '## What they do',
    parts.what,
    '',
    '## How decisions are made',
    parts.decisions,
    '',
    '## Culture',
    parts.culture,
    '',
    '## Current problems',
    parts.problems,
  ].join('\n');

export const demoNotes: Record<string, string> = {
  albion: note({
    what: 'A mutual insurer with 2.1 million members: home, motor and life policies sold through brokers and a growing direct channel. We build their claims-handling and broker portals on **Microsoft SharePoint**.',
    decisions:
      '- The **COO** (business) owns the budget for anything that touches claims.\n- The **IT department** (Head of IT Architecture) sets the technology strategy and must sign off every platform choice.\n- Procurement runs a formal vendor review once a year, in October.',
    culture:
      'Cautious and consensus-driven; nothing moves without a written business case. They value vendors who explain rather than sell. Quarterly results presentations in person matter.',
    problems:
      '- **Conflict of interests.** IT wants a large, comprehensive 2–3 year programme that rebuilds the whole claims platform. The business wants something small and quick: a working claims triage tool before the winter storm season. The big programme scared the business sponsor; IT was ready to fight to the end.\n- **How it was resolved:** we proposed the middle ground — a **4-month project on their SharePoint platform**. The business got its tool in a short time; IT got a project inside its overall IT strategy. Win-win, and it opened the second programme.\n- Claims backlog grows every autumn; broker satisfaction with the portal is at 3.4/5.',
  }),
  nordlicht: note({
    what: 'Third-party logistics across 40 warehouses in Germany, Poland and the Czech Republic. We built their yard-management system and IoT telemetry for trucks.',
    decisions:
      'The managing director decides on anything above €250k; below that the Head of Operations decides with the CIO. Works council approval is needed for anything that tracks drivers.',
    culture:
      'Engineering-minded, direct, punctual. Meetings in German are appreciated; decisions are documented in writing.',
    problems:
      '- Warehouse staff turnover makes training on new tools hard.\n- Fuel costs: they want route optimisation but have no clean data yet.\n- Two new business units (cold chain, e-commerce returns) asked for proposals.',
  }),
  meridian: note({
    what: 'A network of 60 outpatient clinics in the US Midwest. We run their patient portal and appointment scheduling.',
    decisions:
      'A steering committee of the CIO, the CMO (medical) and the CFO meets monthly; the CIO is our champion, the CFO the economic buyer.',
    culture:
      'Patient safety first; compliance (HIPAA) is non-negotiable. Slow to decide, loyal once decided.',
    problems:
      '- No-show rate of 18% costs them millions a year.\n- The portal is not accessible enough for older patients.',
  }),
  sunridge: note({
    what: 'Renewable energy producer: 12 solar and wind sites in Australia. We built the data platform that collects generation and maintenance data.',
    decisions:
      'The Head of Digital decides with a small budget of her own; capital projects go to the board quarterly.',
    culture: 'Young, fast and informal; they prefer prototypes to documents.',
    problems:
      '- Predictive maintenance for the wind turbines.\n- Three more sites want the platform by next year.',
  }),
  rheinwerk: note({
    what: 'A regional utility supplying power and water to 1.4 million customers. We maintain their SAP-based billing and customer self-service.',
    decisions:
      'Formal tenders for anything new; the Head of IT and the Purchasing Board decide. Change requests inside the framework contract are approved by the IT service owner.',
    culture: 'Conservative, risk-averse, long planning cycles; reliability is valued above novelty.',
    problems:
      '- The SAP ECC end of maintenance forces a migration decision.\n- Regulator demands new tariff transparency reports.',
  }),
  wildways: note({
    what: 'A conservation charity protecting wetlands in the UK. We built their donor platform and mapping app pro bono at first, now at a reduced rate.',
    decisions:
      'The board of trustees approves spending above £50k; the communications director runs digital.',
    culture:
      'Mission-driven, warm, volunteer-heavy. Public recognition of partners is part of how they thank them.',
    problems:
      '- Volunteers coordinate by email and spreadsheets.\n- Donor retention after the first gift is low.',
  }),
  kestrel: note({
    what: 'An independent TV and streaming producer. We built their streaming back end, which they have now taken in-house.',
    decisions: 'The Head of Product decides on features; the CFO signs every contract.',
    culture: 'Creative, deadline-driven, informal; they judge vendors by the last release.',
    problems:
      '- Release 3.2 slipped two sprints: trust is damaged.\n- They want audience analytics but are wary of a new commitment.',
  }),
  stonebridge: note({
    what: 'A pension trust managing schemes for 90 employers. We modernise their member administration system, piece by piece.',
    decisions: 'The trustees approve budgets annually; the Head of Operations decides day to day.',
    culture:
      'Careful, regulated, polite. Continuity of people on our side matters to them (the AM changed in the last year).',
    problems: '- A legacy COBOL core nobody wants to touch.\n- Regulatory dashboard due next year.',
  }),
  solace: note({
    what: 'A travel-tech scale-up selling hotel and activity bundles to tour operators. Young account: we started with their booking engine.',
    decisions: 'The two founders decide everything above €20k, quickly, often on a call.',
    culture: 'Fast, data-driven, English as the working language; they expect weekly demos.',
    problems:
      '- Peak-season load on the booking engine.\n- They are unsure whether to build or buy a payment layer.',
  }),
};
