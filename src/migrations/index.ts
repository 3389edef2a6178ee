import * as migration_20261123_213557_initial from './20261123_213557_initial';
import * as migration_20261123_220342_transition_by_name from './20261123_220342_transition_by_name';

export const migrations = [
  {
    up: migration_20261123_213557_initial.up,
    down: migration_20261123_213557_initial.down,
    name: '20261123_213557_initial',
  },
  {
    up: migration_20261123_220342_transition_by_name.up,
    down: migration_20261123_220342_transition_by_name.down,
    name: '20261123_220342_transition_by_name'
  },
];
