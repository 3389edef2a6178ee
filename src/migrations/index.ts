import * as migration_20261123_213557_initial from './20261123_213557_initial';

export const migrations = [
  {
    up: migration_20261123_213557_initial.up,
    down: migration_20261123_213557_initial.down,
    name: '20261123_213557_initial'
  },
];
