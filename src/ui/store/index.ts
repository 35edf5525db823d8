export { createScenarioStore, type ScenarioStore, type ScenarioState, type ScenarioActions, type ScenarioEntry, type StoreOptions } from './scenario-store';
export { ScenarioProvider, useScenarios } from './scenario-context';
export { memoryPersistence, type ScenarioPersistence, type StoredScenario } from './persistence';
export { idbPersistence } from './db';
export { getIn, setIn, pathString, type DraftPath } from './draft-path';
