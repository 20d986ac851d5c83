// @ts-check
// neverthrow's must-use rule, taught two more ways of handling a Result that this project uses:
// `yield*` inside safeTry, and narrowing with `isErr()` or `isOk()` before reading `.value` or
// `.error`. Any other Result left unread is still reported.
import neverthrow from '@ninoseki/eslint-plugin-neverthrow';

const base = neverthrow.rules['must-use-result'];

/** @param {any} node */
const isNarrowingCall = (node) =>
  node.parent?.type === 'MemberExpression' &&
  node.parent.object === node &&
  node.parent.property.type === 'Identifier' &&
  (node.parent.property.name === 'isErr' || node.parent.property.name === 'isOk') &&
  node.parent.parent?.type === 'CallExpression' &&
  node.parent.parent.callee === node.parent;

/** @param {import('eslint').Rule.RuleContext} context @param {any} node */
const handledHere = (context, node) => {
  // A chain such as `parse(x).andThen(f)` is one Result: judge the whole chain.
  let top = node;
  while (
    top.parent?.type === 'MemberExpression' &&
    top.parent.object === top &&
    top.parent.parent?.type === 'CallExpression' &&
    top.parent.parent.callee === top.parent
  )
    top = top.parent.parent;
  if (top.parent?.type === 'YieldExpression' && top.parent.delegate) return true;
  const declarator = top.parent?.type === 'VariableDeclarator' ? top.parent : null;
  if (declarator === null || declarator.init !== top || declarator.id.type !== 'Identifier') return false;
  const variable = context.sourceCode.getScope(top).set.get(declarator.id.name);
  return variable?.references.some((reference) => isNarrowingCall(reference.identifier)) ?? false;
};

/** @type {import('eslint').Rule.RuleModule} */
const mustUseResult = {
  meta: /** @type {any} */ (base).meta,
  create(context) {
    const filtered = Object.create(context, {
      report: {
        value: (/** @type {any} */ descriptor) => {
          if (!handledHere(context, descriptor.node)) context.report(descriptor);
        },
      },
    });
    return /** @type {any} */ (base).create(filtered);
  },
};

export default { rules: { 'must-use-result': mustUseResult } };
