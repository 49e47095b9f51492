/**
 * ESLint rule `i18n/no-literal-text`: text a user reads comes from the message
 * files (src/i18n), never from a literal in a component, so both languages have
 * it. It reports, inside JSX:
 *  - JSX text with a letter in it (Latin, Chinese or any other script);
 *  - string and template literals with a letter shown as children
 *    (`{open ? 'Close' : 'Open'}`), looking through ?:, && / || / ?? and +,
 *    but not into calls (`t('detail.title')` passes a key, not text);
 *  - the same in attributes a user reads or hears: title, alt, placeholder,
 *    label and the aria-* text attributes;
 *  - in any other attribute, literals with Chinese or Japanese or Korean
 *    characters, which are never class names or ids (`value={`${n} 公顷`}`).
 * Text without letters passes: symbols and punctuation such as ×, →, ·, (, /,
 * digits and spaces. The `allow` option lists exact strings that may stay
 * literal (after trimming), for the rare symbol made of letters.
 */

const LETTER = /\p{L}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export const USER_VISIBLE_ATTRIBUTES = new Set([
  'title',
  'alt',
  'placeholder',
  'label',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
]);

/** The literal pieces of text an expression shows, looking through ?:, logical and + operators. */
function literalPieces(expression, pieces = []) {
  if (!expression) return pieces;
  switch (expression.type) {
    case 'Literal':
      if (typeof expression.value === 'string')
        pieces.push({ node: expression, text: expression.value });
      break;
    case 'TemplateLiteral':
      for (const quasi of expression.quasis)
        pieces.push({ node: expression, text: quasi.value.cooked ?? quasi.value.raw });
      for (const inner of expression.expressions) literalPieces(inner, pieces);
      break;
    case 'ConditionalExpression':
      literalPieces(expression.consequent, pieces);
      literalPieces(expression.alternate, pieces);
      break;
    case 'LogicalExpression':
      literalPieces(expression.left, pieces);
      literalPieces(expression.right, pieces);
      break;
    case 'BinaryExpression':
      if (expression.operator === '+') {
        literalPieces(expression.left, pieces);
        literalPieces(expression.right, pieces);
      }
      break;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      literalPieces(expression.expression, pieces);
      break;
    default:
      break;
  }
  return pieces;
}

const attributeName = (attribute) =>
  attribute.name.type === 'JSXNamespacedName'
    ? `${attribute.name.namespace.name}:${attribute.name.name.name}`
    : attribute.name.name;

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text in components comes from the i18n messages.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      text: 'Literal text "{{text}}" in JSX: put it in src/i18n (zh and en) and use t().',
      attribute:
        'Literal text "{{text}}" in the {{name}} attribute: put it in src/i18n (zh and en) and use t().',
    },
  },
  create(context) {
    const allowed = new Set(context.options[0]?.allow ?? []);
    const shown = (text) => text.trim().replace(/\s+/g, ' ').slice(0, 40);
    const reportable = (text, pattern) => pattern.test(text) && !allowed.has(text.trim());

    const checkPieces = (pieces, pattern, report) => {
      for (const piece of pieces) if (reportable(piece.text, pattern)) report(piece);
    };

    return {
      JSXText(node) {
        if (reportable(node.value, LETTER))
          context.report({ node, messageId: 'text', data: { text: shown(node.value) } });
      },
      JSXExpressionContainer(node) {
        const parent = node.parent;
        if (parent.type !== 'JSXElement' && parent.type !== 'JSXFragment') return;
        checkPieces(literalPieces(node.expression), LETTER, (piece) =>
          context.report({
            node: piece.node,
            messageId: 'text',
            data: { text: shown(piece.text) },
          }),
        );
      },
      JSXAttribute(node) {
        if (!node.value) return;
        const name = attributeName(node);
        const pattern = USER_VISIBLE_ATTRIBUTES.has(name) ? LETTER : CJK;
        const pieces =
          node.value.type === 'Literal'
            ? literalPieces(node.value)
            : node.value.type === 'JSXExpressionContainer'
              ? literalPieces(node.value.expression)
              : [];
        checkPieces(pieces, pattern, (piece) =>
          context.report({
            node: piece.node,
            messageId: 'attribute',
            data: { text: shown(piece.text), name },
          }),
        );
      },
    };
  },
};

export default { rules: { 'no-literal-text': rule } };
