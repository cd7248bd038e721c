import { normalizeLocale, type SupportedLocale } from '@service-forms/core';

/*
 * The words of the HTML flow's own pages (an expired session, a refused POST, a form not
 * found), in kk, ru and en. Core's catalogue holds what the elements say, and no element says
 * these: they are the server's, like its JSON error messages. Buttons and links reuse the
 * catalogue's words where it has them (Continue, Back).
 */

export interface PageWords {
  heading: string;
  paragraphs: string[];
}

type Words = Record<SupportedLocale, string>;

const W = {
  notFoundHeading: { en: 'Page not found', kk: 'Бет табылмады', ru: 'Страница не найдена' },
  notFoundText: {
    en: 'There is no form at this address. Check the address, or start from the link the service gave you.',
    kk: 'Бұл мекенжайда нысан жоқ. Мекенжайды тексеріңіз немесе қызмет берген сілтемеден бастаңыз.',
    ru: 'По этому адресу нет формы. Проверьте адрес или начните по ссылке, которую дала служба.',
  },
  expiredHeading: { en: 'Your session has expired', kk: 'Сеансыңыздың уақыты өтті', ru: 'Время сеанса истекло' },
  expiredText: {
    en: 'For your security, the form closes when it has not been used for a while.',
    kk: 'Қауіпсіздігіңіз үшін нысан біраз уақыт пайдаланылмаса, жабылады.',
    ru: 'В целях безопасности форма закрывается, если ею какое-то время не пользовались.',
  },
  expiredHeld: {
    en: 'Your answers are still saved. You can continue where you left off, or start again.',
    kk: 'Жауаптарыңыз әлі сақтаулы. Тоқтаған жерден жалғастыруға немесе қайта бастауға болады.',
    ru: 'Ваши ответы ещё сохранены. Можно продолжить с того места, где вы остановились, или начать заново.',
  },
  expiredKept: {
    en: 'Your answers are saved, including those on the page you just sent. Continue to carry on.',
    kk: 'Жауаптарыңыз сақталды, жаңа жіберген беттегілері де. Жалғастыру үшін «Жалғастыру» түймесін басыңыз.',
    ru: 'Ваши ответы сохранены, в том числе на только что отправленной странице. Чтобы продолжить, нажмите «Продолжить».',
  },
  endedHeading: { en: 'Your answers are no longer saved', kk: 'Жауаптарыңыз енді сақталмайды', ru: 'Ваши ответы больше не сохранены' },
  endedText: {
    en: 'The form was not used for too long, so the answers were deleted. You need to start again.',
    kk: 'Нысан тым ұзақ пайдаланылмағандықтан, жауаптар жойылды. Қайта бастау керек.',
    ru: 'Форма слишком долго не использовалась, поэтому ответы удалены. Нужно начать заново.',
  },
  noCookie: {
    en: 'If you see this page again after starting, allow cookies for this site: the form keeps your place with one.',
    kk: 'Бастағаннан кейін бұл бет қайта шықса, осы сайтқа cookie файлдарын рұқсат етіңіз: нысан орныңызды соның көмегімен сақтайды.',
    ru: 'Если после начала эта страница появится снова, разрешите cookie для этого сайта: форма запоминает ваше место с их помощью.',
  },
  startAgain: { en: 'Start again', kk: 'Қайта бастау', ru: 'Начать заново' },
  startForm: { en: 'Start the form', kk: 'Нысанды бастау', ru: 'Начать заполнение' },
  csrfHeading: { en: 'The page could not be sent', kk: 'Бет жіберілмеді', ru: 'Страницу не удалось отправить' },
  csrfMissing: {
    en: 'The page was sent without its security code.',
    kk: 'Бет қауіпсіздік кодынсыз жіберілді.',
    ru: 'Страница отправлена без кода безопасности.',
  },
  csrfWrong: {
    en: 'The page was sent from an old window or another site, so its security code did not match.',
    kk: 'Бет ескі терезеден немесе басқа сайттан жіберілді, сондықтан оның қауіпсіздік коды сәйкес келмеді.',
    ru: 'Страница отправлена из старого окна или с другого сайта, поэтому код безопасности не совпал.',
  },
  csrfKept: {
    en: 'To protect you, what was on that page was not saved. Your answers saved before are kept. Go back to the page to carry on.',
    kk: 'Сізді қорғау үшін сол беттегі деректер сақталмады. Бұрын сақталған жауаптарыңыз орнында. Жалғастыру үшін бетке оралыңыз.',
    ru: 'Для вашей защиты данные с этой страницы не сохранены. Ответы, сохранённые ранее, на месте. Вернитесь на страницу, чтобы продолжить.',
  },
  returnToPage: { en: 'Return to the page', kk: 'Бетке оралу', ru: 'Вернуться на страницу' },
  unknownHeading: { en: 'The page sent something it does not have', kk: 'Бет өзінде жоқ деректі жіберді', ru: 'Страница отправила то, чего в ней нет' },
  unknownText: {
    en: 'The answers to the questions on the page are saved; nothing else was. Return to the page and check them.',
    kk: 'Беттегі сұрақтардың жауаптары сақталды, басқа ештеңе сақталмады. Бетке оралып, оларды тексеріңіз.',
    ru: 'Ответы на вопросы страницы сохранены, больше ничего. Вернитесь на страницу и проверьте их.',
  },
  tooLargeHeading: { en: 'The page was too large to send', kk: 'Бет жіберуге тым үлкен', ru: 'Страница слишком велика для отправки' },
  tooLargeText: {
    en: 'Send fewer or smaller files, or shorter text. Your answers saved before are kept.',
    kk: 'Азырақ немесе кішірек файлдар, не қысқарақ мәтін жіберіңіз. Бұрын сақталған жауаптарыңыз орнында.',
    ru: 'Отправьте меньше файлов, файлы поменьше или текст короче. Ответы, сохранённые ранее, на месте.',
  },
  badHeading: { en: 'The page could not be read', kk: 'Бетті оқу мүмкін болмады', ru: 'Не удалось прочитать страницу' },
  badText: {
    en: 'Return to the page and send it again. Your answers saved before are kept.',
    kk: 'Бетке оралып, оны қайта жіберіңіз. Бұрын сақталған жауаптарыңыз орнында.',
    ru: 'Вернитесь на страницу и отправьте её снова. Ответы, сохранённые ранее, на месте.',
  },
  busyHeading: { en: 'The service is busy', kk: 'Қызмет бос емес', ru: 'Служба перегружена' },
  busyText: {
    en: 'Too many requests are arriving at once. Wait a minute, then return to the page and send it again. Your answers saved before are kept.',
    kk: 'Бір уақытта тым көп сұраныс келіп жатыр. Бір минут күтіп, бетке оралып, оны қайта жіберіңіз. Бұрын сақталған жауаптарыңыз орнында.',
    ru: 'Одновременно поступает слишком много запросов. Подождите минуту, затем вернитесь на страницу и отправьте её снова. Ответы, сохранённые ранее, на месте.',
  },
  errorHeading: { en: 'Sorry, there is a problem with the service', kk: 'Кешіріңіз, қызметте ақау бар', ru: 'Извините, в работе службы возникла проблема' },
  errorText: {
    en: 'Try again later. Your answers saved before are kept.',
    kk: 'Кейінірек қайталап көріңіз. Бұрын сақталған жауаптарыңыз орнында.',
    ru: 'Попробуйте позже. Ответы, сохранённые ранее, на месте.',
  },
} satisfies Record<string, Words>;

export type WordKey = keyof typeof W;

/** A word of the flow's own pages in a language (`kk-KZ` is `kk`; an unknown one English). */
export function word(locale: string, key: WordKey): string {
  return W[key][normalizeLocale(locale)];
}

/** Every key, for the test that each has all three languages. */
export const WORD_KEYS = Object.keys(W) as WordKey[];
