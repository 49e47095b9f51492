import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import i18n from '../../eslint/no-literal-text.js';

RuleTester.describe = describe;
RuleTester.it = it;

const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const rule = i18n.rules['no-literal-text'];

ruleTester.run('i18n/no-literal-text', rule, {
  valid: [
    { name: 'a message through t()', code: "<p>{t('detail.title')}</p>" },
    { name: 'a translated title', code: "<button title={t('map.zoomIn')}>+</button>" },
    { name: 'symbols and punctuation', code: '<span>× → · ( ) / — 12 %</span>' },
    { name: 'symbols in an expression', code: "<span>{open ? '▾' : '▸'}</span>" },
    { name: 'a separator joined in a call', code: "<p>{names.join(', ')}</p>" },
    { name: 'a class name', code: '<div className="panel panel--open" />' },
    { name: 'a template class name', code: '<div className={`panel ${open ? "open" : ""}`} />' },
    { name: 'an id and a test id', code: '<input id="search" data-testid="search-input" />' },
    { name: 'a Chinese separator', code: "<p>{list.join(language === 'zh' ? '、' : ', ')}</p>" },
    { name: 'an allowed word', code: '<span>km²</span>', options: [{ allow: ['km²'] }] },
  ],
  invalid: [
    { name: 'English text', code: '<button>Close</button>', errors: [{ messageId: 'text' }] },
    { name: 'Chinese text', code: '<h2>详情</h2>', errors: [{ messageId: 'text' }] },
    {
      name: 'text beside a message',
      code: "<p>{t('detail.area')} ha</p>",
      errors: [{ messageId: 'text' }],
    },
    {
      name: 'both branches of a conditional',
      code: "<span>{language === 'zh' ? '公顷' : 'ha'}</span>",
      errors: [{ messageId: 'text' }, { messageId: 'text' }],
    },
    {
      name: 'a template literal child',
      code: '<span>{`${count} results`}</span>',
      errors: [{ messageId: 'text' }],
    },
    {
      name: 'a literal aria-label',
      code: '<g aria-label="N" />',
      errors: [{ messageId: 'attribute', data: { text: 'N', name: 'aria-label' } }],
    },
    {
      name: 'a literal title, placeholder and alt',
      code: '<img title="Map" alt="Lishui" placeholder={"Search"} />',
      errors: [{ messageId: 'attribute' }, { messageId: 'attribute' }, { messageId: 'attribute' }],
    },
    {
      name: 'Chinese in any attribute',
      code: '<Row value={`${formatNumber(area)} 公顷`} />',
      errors: [{ messageId: 'attribute', data: { text: '公顷', name: 'value' } }],
    },
    {
      name: 'text after a logical operator',
      code: "<p>{missing && 'Not stated'}</p>",
      errors: [{ messageId: 'text' }],
    },
  ],
});
