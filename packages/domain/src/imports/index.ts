export * from './fields';
export * from './presets';
export * from './values';
export * from './vcard';
