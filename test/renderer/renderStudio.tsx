import { act, render, screen } from '@testing-library/react';
import { Studio } from '../../renderer/src/app/Studio';
import { createStudioStore } from '../../renderer/src/store';
import type { JourneyMap } from '../../shared/model';
import { FakeStudioApi } from './fakeStudioApi';
import { commuteMap, documentOf } from './sampleMaps';

/** The whole app, as main.tsx mounts it, with a fake OS bridge and a store the test can read. */
export function renderStudio(api: FakeStudioApi = new FakeStudioApi()) {
  const store = createStudioStore();
  const view = render(<Studio api={api} store={store} />);
  return { api, store, ...view };
}

/** The app with `map` open (the commute sample unless given), once its first cards are on the canvas. */
export async function renderStudioWithMap(map: JourneyMap = commuteMap()) {
  const view = renderStudio();
  act(() => view.store.getState().loadDocument(documentOf(map), { fileName: 'map.cxmap', filePath: null }));
  await screen.findAllByTestId('item-node');
  return view;
}
