/** The stakeholder map's contracts, one file per part of it; the index re-exports them from here. */
export * from './stakeholders-conflicts';
export * from './stakeholders-contacts';
export * from './stakeholders-figures';
export * from './stakeholders-portfolio';
export * from './stakeholders-readings';
