/**
 * `value`, frozen all the way down: what the library hands out or keeps cannot be changed by
 * anyone holding it. A part already frozen is taken as the library's own, frozen when it was
 * made, and not walked again; so is a part `done` says is (a record the library trusts). Only
 * for values the library built: their arrays are dense, and are walked by index.
 */
export const deepFreeze = <T>(value: T, done?: (part: object) => boolean): T => {
  if (typeof value !== 'object' || value === null) return value;
  if (done?.(value) === true || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // An array by index: its keys as strings would cost a conversion each way.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) deepFreeze(value[index], done);
    return value;
  }
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index += 1) deepFreeze(Reflect.get(value, keys[index] ?? ''), done);
  return value;
};
