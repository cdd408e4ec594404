import type { Draft } from 'immer';
import type {
  CellRef,
  ClipboardFragment,
  EditResult,
  ItemFields,
  PersonaFields,
} from '../../../shared/logic';
import * as logic from '../../../shared/logic';
import type { ItemKind, JourneyMap, LaneKind } from '../../../shared/model';
import { t } from '../i18n';
import type { EditOptions } from './documentSlice';
import { editRunner } from './runEdit';
import type { SliceCreator, StudioState } from './types';

/**
 * Every edit a user can make to the map, as a named store action. Each wraps one pure operation of
 * `shared/logic` in `applyDocumentEdit`, so it is one undo step; a refused edit changes nothing and
 * tells the user why. Actions that create records return the new ids (to select or focus them).
 */
export interface MapEditsSlice {
  setMapTitle(title: string, options?: EditOptions): void;
  setMapDescription(description: string | null, options?: EditOptions): void;

  addStage(index?: number, name?: string): string | null;
  renameStage(stageId: string, name: string, options?: EditOptions): void;
  setStageGoal(stageId: string, goal: string | null, options?: EditOptions): void;
  setStageDescription(stageId: string, description: string | null, options?: EditOptions): void;
  moveStage(stageId: string, toIndex: number): void;
  deleteStage(stageId: string): void;

  addLane(index?: number, name?: string, kind?: LaneKind): string | null;
  renameLane(laneId: string, name: string, options?: EditOptions): void;
  setLaneKind(laneId: string, kind: LaneKind): void;
  moveLane(laneId: string, toIndex: number): void;
  deleteLane(laneId: string): void;

  addItem(kind: ItemKind, cell: CellRef, index?: number, title?: string): string | null;
  updateItem(itemId: string, fields: ItemFields, options?: EditOptions): void;
  moveItems(itemIds: readonly string[], cell: CellRef, index?: number): void;
  duplicateItems(itemIds: readonly string[]): readonly string[];
  deleteItems(itemIds: readonly string[]): void;
  /** Copies items (and the links between them) to the in-app clipboard; not an edit. */
  copyItems(itemIds: readonly string[]): ClipboardFragment | null;
  /** Pastes the in-app clipboard, or `fragment` (from the system clipboard), into `cell`. */
  pasteItems(cell: CellRef, fragment?: ClipboardFragment): readonly string[];
  readonly clipboard: ClipboardFragment | null;

  addLink(from: string, to: string, label?: string): string | null;
  deleteLinks(linkIds: readonly string[]): void;
  setLinkLabel(linkId: string, label: string | null, options?: EditOptions): void;

  addPersona(name?: string): string | null;
  updatePersona(personaId: string, fields: PersonaFields, options?: EditOptions): void;
  deletePersona(personaId: string): void;
}

/** Short, readable, collision-checked ids: the operations refuse an id already taken. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

const idMaker = (prefix: string) => () => newId(prefix);

type RunUnboxed = <T>(
  label: string,
  operation: (map: Draft<JourneyMap>) => EditResult<T>,
  options?: EditOptions,
) => T | null;

/** The map edits use the operation's value directly; null when refused (the user has been told). */
function unboxedRunner(get: () => StudioState): RunUnboxed {
  const run = editRunner(get);
  return (label, operation, options) => {
    const done = run(label, operation, options);
    return done === null ? null : done.value;
  };
}

const always = <T>(value: T): EditResult<T> => ({ ok: true, value });

export const createMapEditsSlice: SliceCreator<MapEditsSlice> = (set, get) => {
  const run = unboxedRunner(get);
  return {
    clipboard: null,

    setMapTitle: (title, options) =>
      void run(t('edit.mapTitle'), (map) => logic.setMapTitle(map, title), options),
    setMapDescription: (description, options) =>
      void run(t('edit.mapDescription'), (map) => logic.setMapDescription(map, description), options),

    addStage: (index, name) => {
      const id = newId('st');
      const added = run(t('edit.addStage'), (map) =>
        logic.addStage(
          map,
          { id, name: name ?? t('default.stageName', { number: map.stages.length + 1 }) },
          index,
        ),
      );
      return added === null ? null : id;
    },
    renameStage: (stageId, name, options) =>
      void run(t('edit.renameStage'), (map) => logic.renameStage(map, stageId, name), options),
    setStageGoal: (stageId, goal, options) =>
      void run(t('edit.stageGoal'), (map) => logic.setStageGoal(map, stageId, goal), options),
    setStageDescription: (stageId, description, options) =>
      void run(
        t('edit.stageDescription'),
        (map) => logic.setStageDescription(map, stageId, description),
        options,
      ),
    moveStage: (stageId, toIndex) =>
      void run(t('edit.moveStage'), (map) => logic.moveStage(map, stageId, toIndex)),
    deleteStage: (stageId) => {
      if (run(t('edit.deleteStage'), (map) => logic.deleteStage(map, stageId)) !== null)
        pruneSelection(set, get);
    },

    addLane: (index, name, kind) => {
      const id = newId('ln');
      const added = run(t('edit.addLane'), (map) =>
        logic.addLane(
          map,
          {
            id,
            name: name ?? t('default.laneName', { number: map.lanes.length + 1 }),
            kind: kind ?? 'touchpoints',
          },
          index,
        ),
      );
      return added === null ? null : id;
    },
    renameLane: (laneId, name, options) =>
      void run(t('edit.renameLane'), (map) => logic.renameLane(map, laneId, name), options),
    setLaneKind: (laneId, kind) =>
      void run(t('edit.laneKind'), (map) => logic.setLaneKind(map, laneId, kind)),
    moveLane: (laneId, toIndex) =>
      void run(t('edit.moveLane'), (map) => logic.moveLane(map, laneId, toIndex)),
    deleteLane: (laneId) => {
      if (run(t('edit.deleteLane'), (map) => logic.deleteLane(map, laneId)) !== null)
        pruneSelection(set, get);
    },

    addItem: (kind, cell, index, title) => {
      const id = newId(kind === 'touchpoint' ? 'tp' : kind);
      const added = run(t('edit.addItem'), (map) =>
        logic.addItem(map, cell, { id, kind, title: title ?? t(`default.itemTitle.${kind}`) }, index),
      );
      return added === null ? null : id;
    },
    updateItem: (itemId, fields, options) =>
      void run(t('edit.updateItem'), (map) => logic.updateItem(map, itemId, fields), options),
    moveItems: (itemIds, cell, index) =>
      void run(t('edit.moveItems'), (map) => logic.moveItems(map, itemIds, cell, index)),
    duplicateItems: (itemIds) =>
      run(t('edit.duplicateItems'), (map) => logic.duplicateItems(map, itemIds, idMaker('it')))?.itemIds ??
      [],
    deleteItems: (itemIds) => {
      if (itemIds.length === 0) return;
      run(t('edit.deleteItems'), (map) => always(logic.deleteItems(map, itemIds)));
      pruneSelection(set, get);
    },
    copyItems: (itemIds) => {
      const doc = get().doc;
      if (doc === null || itemIds.length === 0) return null;
      const fragment = logic.copyItems(doc.map, itemIds);
      set((state) => {
        state.clipboard = fragment as Draft<ClipboardFragment>;
      });
      return fragment;
    },
    pasteItems: (cell, fragment) => {
      const source = fragment ?? get().clipboard;
      if (source === null) return [];
      return (
        run(t('edit.pasteItems'), (map) => logic.pasteFragment(map, source, cell, undefined, idMaker('it')))
          ?.itemIds ?? []
      );
    },

    addLink: (from, to, label) => {
      const id = newId('lk');
      const added = run(t('edit.addLink'), (map) =>
        logic.addLink(map, { id, from, to, ...(label === undefined ? {} : { label }) }),
      );
      return added === null ? null : id;
    },
    deleteLinks: (linkIds) => {
      if (linkIds.length === 0) return;
      run(t('edit.deleteLinks'), (map) => {
        for (const linkId of linkIds) logic.deleteLink(map, linkId);
        return always(undefined);
      });
    },
    setLinkLabel: (linkId, label, options) =>
      void run(t('edit.linkLabel'), (map) => logic.setLinkLabel(map, linkId, label), options),

    addPersona: (name) => {
      const id = newId('p');
      const added = run(t('edit.addPersona'), (map) =>
        logic.addPersona(map, {
          id,
          name: name ?? t('default.personaName', { number: map.personas.length + 1 }),
        }),
      );
      return added === null ? null : id;
    },
    updatePersona: (personaId, fields, options) =>
      void run(t('edit.updatePersona'), (map) => logic.updatePersona(map, personaId, fields), options),
    deletePersona: (personaId) =>
      void run(t('edit.deletePersona'), (map) => logic.deletePersona(map, personaId)),
  };
};

/** Drops ids of items that no longer exist from the selection (after deletions and undo). */
function pruneSelection(set: Parameters<SliceCreator<MapEditsSlice>>[0], get: () => StudioState): void {
  const doc = get().doc;
  if (doc === null) return;
  const existing = new Set(doc.map.items.map((item) => item.id));
  if (get().selectedItemIds.every((id) => existing.has(id))) return;
  set((state) => {
    state.selectedItemIds = state.selectedItemIds.filter((id) => existing.has(id));
  });
}
