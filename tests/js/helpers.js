// Shared fakes for the unit tests (not a test file itself).

// An in-memory stand-in for chrome.storage.{sync,session}.
export function fakeArea(initial = {}) {
  const data = { ...initial };
  return {
    data,
    async get(keys) {
      const list = keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    async set(obj) { Object.assign(data, obj); },
    async remove(keys) { for (const k of [].concat(keys)) delete data[k]; },
  };
}
