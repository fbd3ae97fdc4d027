import { unbalancedQuote } from '../../server/src/rules/unbalanced-quote';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(unbalancedQuote, {
  valid: [
    'قال الوزير: "لن نتراجع عن القرار".',
    'وصف المدير الخطة بأنها «طموحة وقابلة للتنفيذ».',
    { text: 'وقال المدير في كلمته:\n"سنفتتح فرعين جديدين في الشمال.\n"وسنوظف مئة شاب من أبناء المنطقة".', name: 'multi-paragraph quotation' },
    { text: 'وأشاد الرئيس بـ"العلاقات المتينة بين البلدين" في كلمته.', name: 'quote opened after بـ with a tatweel' },
    { text: 'وتبيع " Samsung " أجهزتها في أسواق المنطقة.', name: 'marks typed with a space inside' },
  ],
  invalid: [
    {
      text: 'قال الوزير: "لن نتراجع عن القرار.\nوغادر القاعة بعد ذلك.',
      errors: [
        {
          span: [12, 13],
          message: 'Opening quotation mark (") is never closed in this paragraph',
          messageAr: 'علامة التنصيص (") تفتح اقتباساً لا يُغلق في هذه الفقرة',
        },
      ],
    },
    {
      text: 'وانتهى الاجتماع بلا نتيجة تذكر».',
      errors: [
        {
          text: '»',
          message: 'Closing quotation mark (») has no opening mark in this paragraph',
          messageAr: 'علامة التنصيص (») تغلق اقتباساً لم يُفتح في هذه الفقرة',
        },
      ],
    },
    {
      text: 'وقال إن الأسعار سترتفع الإجراءات الجديدة".\nثم غادر.',
      name: 'a closing ASCII mark before a full stop is a closing mark',
      errors: [{ text: '"', message: 'Closing quotation mark (") has no opening mark in this paragraph' }],
    },
  ],
});
