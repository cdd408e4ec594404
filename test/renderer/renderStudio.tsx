import { render } from '@testing-library/react';
import { Studio } from '../../renderer/src/app/Studio';
import { createStudioStore } from '../../renderer/src/store';
import { FakeStudioApi } from './fakeStudioApi';

/** The whole app, as main.tsx mounts it, with a fake OS bridge and a store the test can read. */
export function renderStudio(api: FakeStudioApi = new FakeStudioApi()) {
  const store = createStudioStore();
  const view = render(<Studio api={api} store={store} />);
  return { api, store, ...view };
}
