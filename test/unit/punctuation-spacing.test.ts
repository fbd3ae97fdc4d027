import { punctuationSpacing } from '../../server/src/rules/punctuation-spacing';
import { ruleTester } from '../helpers/rule-tester';

ruleTester(punctuationSpacing, {
  valid: [
    'قال الوزير، في مؤتمر صحفي، إن الموازنة جاهزة.',
    'بلغت نسبة النمو 3,5 في المئة و1.5 في العام الماضي.',
    'وقال: "لن نتراجع"… ثم غادر القاعة...',
    'The minister said , "we will see" ; later ?',
    'Paris, France and Rome; Italy, 3,5 and 1.5.. done',
    'زوروا الموقع https://example.com/a,b?x=1 للمزيد.',
    'بلغت النسبة 3،5 بالمئة.',
    { text: 'راجع [التقرير](https://example.com/report) ، ثم علق.', format: 'markdown', name: 'masked link target is not a space' },
    { text: 'الكود `a ,b` هنا.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'تراوح العدد بين 10 ، 20 شخصاً، وبلغ السعر 100$ ، أو أكثر.',
      name: 'space before ، after a number or symbol',
      errors: [{ text: ' ،', nth: 0 }, { text: ' ،', nth: 1 }],
      output: 'تراوح العدد بين 10، 20 شخصاً، وبلغ السعر 100$، أو أكثر.',
    },
    {
      text: 'وصل الوزير \u200F، ثم غادر.',
      name: 'space and RLM before ،',
      errors: [{ span: [10, 13], message: 'Space before "،"' }],
      output: 'وصل الوزير\u200F، ثم غادر.',
    },
    {
      text: 'هتف الأنصار 😀 ، وغنوا طويلاً.',
      name: 'space before ، after an emoji',
      errors: [{ text: ' ،' }],
      output: 'هتف الأنصار 😀، وغنوا طويلاً.',
    },
    {
      text: 'صدر التحديث iOS 17.2, وقالت الشركة إنه آمن. وانتهت الجلسة في 5/6/2024..',
      name: 'Latin comma after Latin text before Arabic; two dots after a date',
      errors: [{ text: ',', message: 'Latin "," in Arabic text: use "،"' }, { text: '..', message: 'Two full stops "..": a full stop or an ellipsis "…"?' }],
      output: 'صدر التحديث iOS 17.2، وقالت الشركة إنه آمن. وانتهت الجلسة في 5/6/2024.',
    },
    {
      text: 'وأشار مصطفى ، في بيان، إلى ذلك.',
      errors: [{ text: ' ،', message: 'Space before "،"', messageAr: 'مسافة قبل «،»' }],
      output: 'وأشار مصطفى، في بيان، إلى ذلك.',
    },
    {
      text: 'هل وصل الوفد ؟ نعم !',
      errors: [{ text: ' ؟', message: 'Space before "؟"' }, { text: ' !', message: 'Space before "!"' }],
      output: 'هل وصل الوفد؟ نعم!',
    },
    {
      text: 'قال الوزير،إن الاجتماع انتهى؛وغادر.',
      errors: [
        { text: '،إ', message: 'No space after "،"' },
        { text: '؛و', message: 'No space after "؛"' },
      ],
      output: 'قال الوزير، إن الاجتماع انتهى؛ وغادر.',
    },
    {
      text: 'زار الوفد القاهرة, ثم عمان; فهل نجحت الزيارة?',
      errors: [
        { text: ',', message: 'Latin "," in Arabic text: use "،"', messageAr: 'علامة لاتينية «,» في نص عربي: استعمل «،»' },
        { text: ';', message: 'Latin ";" in Arabic text: use "؛"' },
        { text: '?', message: 'Latin "?" in Arabic text: use "؟"' },
      ],
      output: 'زار الوفد القاهرة، ثم عمان؛ فهل نجحت الزيارة؟',
    },
    {
      text: 'هل وصل الوفد\t\u200F ؟ وانتهى.... ثم عاد ...  وغادر .',
      name: 'a run of tabs, spaces and direction marks before a mark; runs of dots',
      errors: [
        { text: '\t\u200F ؟', message: 'Space before "؟"' },
        { text: ' .', nth: 1, message: 'Space before "."' },
      ],
      output: 'هل وصل الوفد\u200F؟ وانتهى.... ثم عاد ...  وغادر.',
    },
    {
      text: 'ووصل «الوزير» ,ثم عاد ثم .. عاد',
      name: 'a Latin mark after a space; two dots after a space',
      errors: [
        { text: ',', message: 'Latin "," in Arabic text: use "،"' },
        { text: '..', message: 'Two full stops "..": a full stop or an ellipsis "…"?' },
      ],
      // One round of fixing: the spaces before the new marks go, and a space follows the comma.
      output: 'ووصل «الوزير»، ثم عاد ثم. عاد',
    },
    {
      text: 'هل وصل الوفد ?\nوقال الوزير ;«نعم» .. وغادر',
      name: 'a Latin ? and ; after a space, two dots after a space',
      errors: [
        { text: '?', message: 'Latin "?" in Arabic text: use "؟"' },
        { text: ';', message: 'Latin ";" in Arabic text: use "؛"' },
        { text: '..', message: 'Two full stops "..": a full stop or an ellipsis "…"?' },
      ],
      output: 'هل وصل الوفد؟\nوقال الوزير؛ «نعم». وغادر',
    },
    {
      text: 'انتهى الاجتماع بلا نتيجة..\nوغادر الوفد.',
      errors: [{ text: '..', message: 'Two full stops "..": a full stop or an ellipsis "…"?' }],
      output: 'انتهى الاجتماع بلا نتيجة.\nوغادر الوفد.',
    },
    {
      text: '---\ntitle: "وصل الوزير ، ثم غادر"\nsource: "x , y"\n---\n\nنص الخبر.',
      format: 'markdown',
      name: 'front matter title is checked, other keys are not',
      errors: [{ text: ' ،', message: 'Space before "،"' }],
      output: '---\ntitle: "وصل الوزير، ثم غادر"\nsource: "x , y"\n---\n\nنص الخبر.',
    },
    {
      text: 'وصل الوزير ، ثم غادر.\n<!-- mudaqqiq-disable-next-line punctuation-spacing -->\nوصل الوزير ، ثم غادر.\n',
      format: 'markdown',
      name: 'suppression comment for the next line',
      errors: [{ text: ' ،', nth: 0, message: 'Space before "،"' }],
    },
    {
      text: 'أ ،\nmudaqqiq-disable\nوصل الوزير ، ثم غادر.\nmudaqqiq-enable\nعاد الوزير ، ثم غادر.',
      name: 'plain-text disable/enable lines',
      errors: [{ text: 'أ ،', span: [1, 3] }, { text: ' ،', nth: 2 }],
    },
  ],
});
