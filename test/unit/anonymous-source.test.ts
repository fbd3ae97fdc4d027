import * as assert from 'node:assert/strict';
import { anonymousSource } from '../../server/src/rules/anonymous-source';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(anonymousSource, {
  valid: [
    'وقال المصدر الرسمي باسم الوزارة أحمد علي إن الاجتماع تأجل.',
    'تنمو مصادر الطاقة المتجددة بسرعة في المنطقة.',
    'وأوضح مدير الشركة أن الأرباح ارتفعت.',
  ],
  invalid: [
    {
      text: 'وقالت مصادر مطلعة إن الاتفاق بات قريبا.',
      errors: [{ text: 'مصادر مطلعة', message: 'Anonymous source: "مصادر مطلعة"', messageAr: 'مصدر غير مسمى: «مصادر مطلعة»' }],
    },
    {
      text: 'وبحسب مصادر في الوزارة، فإن القرار صدر أمس.',
      errors: [{ text: 'مصادر', message: 'Anonymous source: "مصادر"' }],
    },
    {
      text: 'وأفاد مسؤول رفض الكشف عن اسمه بأن الوفد وصل. وأكد شهود عيان سماع انفجارين.',
      errors: [
        { text: 'رفض الكشف عن اسمه', message: 'Anonymous source: "رفض الكشف عن اسمه"' },
        { text: 'شهود عيان', message: 'Anonymous source: "شهود عيان"' },
      ],
    },
    {
      text: 'ونقلت الوكالة عن مصدر أمني قوله إن الطريق أغلق.',
      errors: [{ text: 'مصدر أمني', message: 'Anonymous source: "مصدر أمني"' }],
    },
  ],
});

describe('anonymous-source metadata', () => {
  it('is off by default', () => {
    assert.equal(anonymousSource.defaultSeverity, 'off');
  });
});
