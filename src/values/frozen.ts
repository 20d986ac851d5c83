/**
 * `value`, frozen all the way down: what the library hands out or keeps cannot be changed by
 * anyone holding it. A part already frozen is taken as the library's own, frozen when it was
 * made, and not walked again.
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  // An array by index: its keys as strings would cost a conversion each way.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) deepFreeze(value[index]);
    return value;
  }
  for (const key of Object.keys(value)) deepFreeze(Reflect.get(value, key));
  return value;
};
