import type { SupportedLocale } from '../locale/format.js';

/**
 * The SDK's own words in kk, ru and en, for pages rendered without the elements (a server's
 * HTML, an email): the same sentences the elements say, so both say exactly the same. The
 * elements word them with @lit/localize (`msg()`, translations in `xliff/*.xlf`); this is a copy,
 * and `catalogue.test.ts` proves it equal to the XLIFF key by key (docs/messages.md).
 *
 * Placeholders are named (`{label}`, `{min}`), in the order of the English text; where the
 * element's placeholder is a plain variable (`${label}`, `${lower}`, `${n}`) the name is the
 * same. A counted message has every plural form (`one`, `few`, `many`, `other`, as the elements
 * do: Russian uses all, English and Kazakh `one` and `other`) and names the parameter it counts.
 *
 * Strings the elements say only with script (the offline outbox, the draft store, announcements,
 * loading) are not here; the test lists them.
 */

/** A message's forms for a count. */
export interface PluralTexts {
  one: string;
  few: string;
  many: string;
  other: string;
}

/** A message in each language: one text, or one per plural form with the parameter counted. */
export type CatalogueEntry = Record<SupportedLocale, string> | ({ count: string } & Record<SupportedLocale, PluralTexts>);

export const MESSAGES = {
  // A page of the form
  continue: { en: 'Continue', kk: 'Жалғастыру', ru: 'Продолжить' },
  submit: { en: 'Submit', kk: 'Жіберу', ru: 'Отправить' },
  back: { en: 'Back', kk: 'Артқа', ru: 'Назад' },
  'step-of': { en: 'Step {position} of {total}', kk: '{position}-қадам, барлығы {total}', ru: 'Шаг {position} из {total}' },
  language: { en: 'Language', kk: 'Тіл', ru: 'Язык' },
  'error-prefix': { en: 'Error:', kk: 'Қате:', ru: 'Ошибка:' },
  'there-is-a-problem': { en: 'There is a problem', kk: 'Мәселе туындады', ru: 'Возникла проблема' },
  'send-failed': {
    en: 'Your application was not sent. Your answers are kept: try again in a few minutes.',
    kk: 'Өтініш жіберілмеді. Жауаптарыңыз сақталды: бірнеше минуттан кейін қайталап көріңіз.',
    ru: 'Заявление не отправлено. Ваши ответы сохранены: попробуйте ещё раз через несколько минут.',
  },

  // Date input: the parts' labels
  'date-day': { en: 'Day', kk: 'Күн', ru: 'День' },
  'date-month': { en: 'Month', kk: 'Ай', ru: 'Месяц' },
  'date-year': { en: 'Year', kk: 'Жыл', ru: 'Год' },

  // Money: said after the amount's label (the tenge sign is shown, this is read)
  'in-tenge': { en: 'in tenge', kk: 'теңгемен', ru: 'в тенге' },
  // The birth date a valid IIN encodes, under its box (sf-text-field's echo); {date} is long
  'iin-born': { en: 'Born {date}', kk: 'Туған күні: {date}', ru: 'Дата рождения: {date}' },

  // Add another (sf-repeatable): {mid} is the item label as it reads mid-sentence
  'add-item': { en: 'Add {mid}', kk: 'Қосу: {mid}', ru: 'Добавить: {mid}' },
  'add-another': { en: 'Add another {mid}', kk: 'Тағы қосу: {mid}', ru: 'Добавить ещё: {mid}' },
  remove: { en: 'Remove', kk: 'Жою', ru: 'Удалить' },

  // Textarea: the limit, and the count against it
  'chars-limit': {
    count: 'max',
    en: {
      one: 'You can enter up to {max} character',
      few: 'You can enter up to {max} characters',
      many: 'You can enter up to {max} characters',
      other: 'You can enter up to {max} characters',
    },
    kk: {
      one: 'Ең көбі {max} таңба енгізуге болады',
      few: 'Ең көбі {max} таңба енгізуге болады',
      many: 'Ең көбі {max} таңба енгізуге болады',
      other: 'Ең көбі {max} таңба енгізуге болады',
    },
    ru: {
      one: 'Можно ввести не более {max} символа',
      few: 'Можно ввести не более {max} символов',
      many: 'Можно ввести не более {max} символов',
      other: 'Можно ввести не более {max} символа',
    },
  },
  'words-limit': {
    count: 'max',
    en: {
      one: 'You can enter up to {max} word',
      few: 'You can enter up to {max} words',
      many: 'You can enter up to {max} words',
      other: 'You can enter up to {max} words',
    },
    kk: {
      one: 'Ең көбі {max} сөз енгізуге болады',
      few: 'Ең көбі {max} сөз енгізуге болады',
      many: 'Ең көбі {max} сөз енгізуге болады',
      other: 'Ең көбі {max} сөз енгізуге болады',
    },
    ru: {
      one: 'Можно ввести не более {max} слова',
      few: 'Можно ввести не более {max} слов',
      many: 'Можно ввести не более {max} слов',
      other: 'Можно ввести не более {max} слова',
    },
  },
  'chars-remaining': {
    count: 'n',
    en: {
      one: 'You have {n} character remaining',
      few: 'You have {n} characters remaining',
      many: 'You have {n} characters remaining',
      other: 'You have {n} characters remaining',
    },
    kk: {
      one: '{n} таңба қалды',
      few: '{n} таңба қалды',
      many: '{n} таңба қалды',
      other: '{n} таңба қалды',
    },
    ru: {
      one: 'Осталось {n} символ',
      few: 'Осталось {n} символа',
      many: 'Осталось {n} символов',
      other: 'Осталось {n} символа',
    },
  },
  'chars-too-many': {
    count: 'n',
    en: {
      one: 'You have {n} character too many',
      few: 'You have {n} characters too many',
      many: 'You have {n} characters too many',
      other: 'You have {n} characters too many',
    },
    kk: {
      one: '{n} таңба артық',
      few: '{n} таңба артық',
      many: '{n} таңба артық',
      other: '{n} таңба артық',
    },
    ru: {
      one: 'Лимит превышен на {n} символ',
      few: 'Лимит превышен на {n} символа',
      many: 'Лимит превышен на {n} символов',
      other: 'Лимит превышен на {n} символа',
    },
  },
  'words-remaining': {
    count: 'n',
    en: {
      one: 'You have {n} word remaining',
      few: 'You have {n} words remaining',
      many: 'You have {n} words remaining',
      other: 'You have {n} words remaining',
    },
    kk: {
      one: '{n} сөз қалды',
      few: '{n} сөз қалды',
      many: '{n} сөз қалды',
      other: '{n} сөз қалды',
    },
    ru: {
      one: 'Осталось {n} слово',
      few: 'Осталось {n} слова',
      many: 'Осталось {n} слов',
      other: 'Осталось {n} слова',
    },
  },
  'words-too-many': {
    count: 'n',
    en: {
      one: 'You have {n} word too many',
      few: 'You have {n} words too many',
      many: 'You have {n} words too many',
      other: 'You have {n} words too many',
    },
    kk: {
      one: '{n} сөз артық',
      few: '{n} сөз артық',
      many: '{n} сөз артық',
      other: '{n} сөз артық',
    },
    ru: {
      one: 'Лимит превышен на {n} слово',
      few: 'Лимит превышен на {n} слова',
      many: 'Лимит превышен на {n} слов',
      other: 'Лимит превышен на {n} слова',
    },
  },

  // File sizes: {n} is the number formatted for the locale; `bytes` counts the bytes (formatBytes)
  bytes: {
    count: 'bytes',
    en: {
      one: '{n} byte',
      few: '{n} bytes',
      many: '{n} bytes',
      other: '{n} bytes',
    },
    kk: {
      one: '{n} байт',
      few: '{n} байт',
      many: '{n} байт',
      other: '{n} байт',
    },
    ru: {
      one: '{n} байт',
      few: '{n} байта',
      many: '{n} байт',
      other: '{n} байта',
    },
  },
  kilobytes: { en: '{n} kB', kk: '{n} КБ', ru: '{n} КБ' },
  megabytes: { en: '{n} MB', kk: '{n} МБ', ru: '{n} МБ' },
  gigabytes: { en: '{n} GB', kk: '{n} ГБ', ru: '{n} ГБ' },

  // Accepted file types, as they follow "must be a"
  'type-picture': { en: 'picture', kk: 'сурет', ru: 'изображение' },
  'type-video': { en: 'video', kk: 'бейне', ru: 'видео' },
  'type-sound': { en: 'sound recording', kk: 'дыбыс жазбасы', ru: 'аудиозапись' },
  'type-text': { en: 'text file', kk: 'мәтіндік файл', ru: 'текстовый файл' },
  'type-file': { en: 'file', kk: 'файл', ru: 'файл' },
  or: { en: 'or', kk: 'немесе', ru: 'или' },

  // Date parts, as date_incomplete names the missing ones
  'part-day': { en: 'day', kk: 'күн', ru: 'день' },
  'part-month': { en: 'month', kk: 'ай', ru: 'месяц' },
  'part-year': { en: 'year', kk: 'жыл', ru: 'год' },
  and: { en: 'and', kk: 'және', ru: 'и' },

  // Check answers
  'check-answers-heading': {
    en: 'Check your answers before sending your application',
    kk: 'Өтінішті жібермес бұрын жауаптарыңызды тексеріңіз',
    ru: 'Проверьте ответы перед отправкой заявления',
  },
  change: { en: 'Change', kk: 'Өзгерту', ru: 'Изменить' },
  yes: { en: 'Yes', kk: 'Иә', ru: 'Да' },
  'not-answered': { en: 'Not answered', kk: 'Жауап берілмеген', ru: 'Нет ответа' },
  'send-heading': { en: 'Now send your application', kk: 'Енді өтінішті жіберіңіз', ru: 'Теперь отправьте заявление' },
  'send-declaration': {
    en: 'By sending this application you confirm that, to the best of your knowledge, the details you are providing are correct.',
    kk: 'Осы өтінішті жіберу арқылы сіз өзіңіз білетіндей көрсетілген мәліметтердің дұрыс екенін растайсыз.',
    ru: 'Отправляя это заявление, вы подтверждаете, что, насколько вам известно, указанные вами сведения верны.',
  },
  'accept-and-send': { en: 'Accept and send', kk: 'Растау және жіберу', ru: 'Подтвердить и отправить' },

  // Confirmation
  'confirmation-heading': { en: 'Application submitted', kk: 'Өтініш жіберілді', ru: 'Заявление отправлено' },
  'reference-label': { en: 'Your reference number', kk: 'Тіркеу нөміріңіз', ru: 'Ваш регистрационный номер' },
  'confirmation-body': {
    en: 'We have received your application. Keep the reference number: you will need it if you contact us.',
    kk: 'Өтінішіңіз қабылданды. Тіркеу нөмірін сақтап қойыңыз: бізге хабарласқанда ол қажет болады.',
    ru: 'Мы получили ваше заявление. Сохраните регистрационный номер: он понадобится, если вы обратитесь к нам.',
  },
  'what-happens-next': { en: 'What happens next', kk: 'Әрі қарай не болады', ru: 'Что будет дальше' },

  // The satisfaction question on the confirmation (sf-feedback; the served pages ask it too)
  'feedback-heading': {
    en: 'Tell us what you think of this service',
    kk: 'Осы қызмет туралы пікіріңізді айтыңыз',
    ru: 'Расскажите, что вы думаете об этой услуге',
  },
  'feedback-question': {
    en: 'Overall, how did you feel about the service you received today?',
    kk: 'Жалпы алғанда, бүгін алған қызметіңізге қаншалықты ризасыз?',
    ru: 'В целом, насколько вас устраивает услуга, которую вы получили сегодня?',
  },
  'feedback-very-satisfied': { en: 'Very satisfied', kk: 'Өте ризамын', ru: 'Полностью устраивает' },
  'feedback-satisfied': { en: 'Satisfied', kk: 'Ризамын', ru: 'Скорее устраивает' },
  'feedback-neither': { en: 'Neither satisfied nor dissatisfied', kk: 'Риза да емеспін, наразы да емеспін', ru: 'Ни то ни другое' },
  'feedback-dissatisfied': { en: 'Dissatisfied', kk: 'Наразымын', ru: 'Скорее не устраивает' },
  'feedback-very-dissatisfied': { en: 'Very dissatisfied', kk: 'Өте наразымын', ru: 'Совсем не устраивает' },
  'feedback-comment': {
    en: 'How could we improve this service? (optional)',
    kk: 'Бұл қызметті қалай жақсарта аламыз? (міндетті емес)',
    ru: 'Как нам улучшить эту услугу? (необязательно)',
  },
  'feedback-comment-hint': {
    en: 'Do not include personal information, such as your name, IIN, phone number or email address.',
    kk: 'Жеке деректеріңізді жазбаңыз: аты-жөніңізді, ЖСН-ді, телефон нөміріңізді немесе электрондық пошта мекенжайыңызды.',
    ru: 'Не пишите личные данные: имя, ИИН, номер телефона или адрес электронной почты.',
  },
  'feedback-send': { en: 'Send feedback', kk: 'Пікірді жіберу', ru: 'Отправить отзыв' },
  'feedback-no-rating': {
    en: 'Select how satisfied you are with the service',
    kk: 'Қызметке қаншалықты риза екеніңізді таңдаңыз',
    ru: 'Выберите, насколько вас устраивает услуга',
  },
  // {max} is the comment's limit (FEEDBACK_COMMENT_MAX, 1200)
  'feedback-too-long': {
    en: 'Your comment must be {max} characters or fewer',
    kk: 'Пікіріңіз {max} таңбадан аспауы керек',
    ru: 'Комментарий должен быть не длиннее {max} символов',
  },
  'feedback-thanks': { en: 'Thank you for your feedback', kk: 'Пікіріңізге рақмет', ru: 'Спасибо за отзыв' },
  'feedback-thanks-body': {
    en: 'We will use it to improve this service.',
    kk: 'Ол осы қызметті жақсартуға көмектеседі.',
    ru: 'Он поможет нам улучшить эту услугу.',
  },

  // Error sentences (errorSentence), keyed by code (and variant): {label} is the field's label
  // whole, {lower} the label mid-sentence (en lower-cases its first letter unless an acronym)
  required: { en: 'Enter {lower}', kk: '«{lower}» өрісін толтырыңыз', ru: 'Заполните поле «{lower}»' },
  'required-file': { en: 'Select a file for: {label}', kk: 'Файлды таңдаңыз: {label}', ru: 'Выберите файл: {label}' },
  'required-choice': { en: 'Select an answer for: {label}', kk: 'Жауапты таңдаңыз: {label}', ru: 'Выберите ответ: {label}' },
  'required-checkboxes': {
    en: 'Select at least one answer for: {label}',
    kk: 'Кемінде бір жауапты таңдаңыз: {label}',
    ru: 'Выберите хотя бы один ответ: {label}',
  },
  'required-checkbox': {
    en: 'Tick the box to confirm: {label}',
    kk: 'Растау үшін белгі қойыңыз: {label}',
    ru: 'Поставьте отметку, чтобы подтвердить: {label}',
  },
  'required-repeatable': {
    en: 'Add at least one item to {lower}',
    kk: '«{lower}» бөліміне кемінде бір жазба қосыңыз',
    ru: 'Добавьте хотя бы одну запись в раздел «{lower}»',
  },
  too_short: {
    count: 'min',
    en: {
      one: '{label} must be {min} character or more',
      few: '{label} must be {min} characters or more',
      many: '{label} must be {min} characters or more',
      other: '{label} must be {min} characters or more',
    },
    kk: {
      one: '«{label}» кемінде {min} таңбадан тұруы керек',
      few: '«{label}» кемінде {min} таңбадан тұруы керек',
      many: '«{label}» кемінде {min} таңбадан тұруы керек',
      other: '«{label}» кемінде {min} таңбадан тұруы керек',
    },
    ru: {
      one: 'Поле «{label}» должно содержать не менее {min} символа',
      few: 'Поле «{label}» должно содержать не менее {min} символов',
      many: 'Поле «{label}» должно содержать не менее {min} символов',
      other: 'Поле «{label}» должно содержать не менее {min} символа',
    },
  },
  too_long: {
    count: 'max',
    en: {
      one: '{label} must be {max} character or fewer',
      few: '{label} must be {max} characters or fewer',
      many: '{label} must be {max} characters or fewer',
      other: '{label} must be {max} characters or fewer',
    },
    kk: {
      one: '«{label}» {max} таңбадан аспауы керек',
      few: '«{label}» {max} таңбадан аспауы керек',
      many: '«{label}» {max} таңбадан аспауы керек',
      other: '«{label}» {max} таңбадан аспауы керек',
    },
    ru: {
      one: 'Поле «{label}» должно содержать не более {max} символа',
      few: 'Поле «{label}» должно содержать не более {max} символов',
      many: 'Поле «{label}» должно содержать не более {max} символов',
      other: 'Поле «{label}» должно содержать не более {max} символа',
    },
  },
  too_many_words: {
    count: 'max',
    en: {
      one: '{label} must be {max} word or fewer',
      few: '{label} must be {max} words or fewer',
      many: '{label} must be {max} words or fewer',
      other: '{label} must be {max} words or fewer',
    },
    kk: {
      one: '«{label}» {max} сөзден аспауы керек',
      few: '«{label}» {max} сөзден аспауы керек',
      many: '«{label}» {max} сөзден аспауы керек',
      other: '«{label}» {max} сөзден аспауы керек',
    },
    ru: {
      one: 'Поле «{label}» должно содержать не более {max} слова',
      few: 'Поле «{label}» должно содержать не более {max} слов',
      many: 'Поле «{label}» должно содержать не более {max} слов',
      other: 'Поле «{label}» должно содержать не более {max} слова',
    },
  },
  not_a_number: { en: '{label} must be a number', kk: '«{label}» өрісіне сан енгізіңіз', ru: 'Введите в поле «{label}» число' },
  'not_a_number-money': {
    en: '{label} must be a number, like {example}',
    kk: '«{label}» өрісіне сан енгізіңіз, мысалы, {example}',
    ru: 'Введите в поле «{label}» число, например {example}',
  },
  not_whole_number: {
    en: '{label} must be a whole number',
    kk: '«{label}» өрісіне бүтін сан енгізіңіз',
    ru: 'Введите в поле «{label}» целое число',
  },
  'not_whole_number-money': {
    en: '{label} must be a whole number, like {example}',
    kk: '«{label}» өрісіне бүтін сан енгізіңіз, мысалы, {example}',
    ru: 'Введите в поле «{label}» целое число, например {example}',
  },
  below_minimum: {
    en: '{label} must be {min} or more',
    kk: '«{label}» {min} немесе одан көп болуы керек',
    ru: 'Значение поля «{label}» должно быть не меньше {min}',
  },
  above_maximum: {
    en: '{label} must be {max} or less',
    kk: '«{label}» {max} немесе одан аз болуы керек',
    ru: 'Значение поля «{label}» должно быть не больше {max}',
  },
  invalid_email: {
    en: 'Enter an email address in the correct format, like name@example.com',
    kk: 'Электрондық пошта мекенжайын дұрыс форматта енгізіңіз, мысалы, name@example.com',
    ru: 'Введите адрес электронной почты в правильном формате, например name@example.com',
  },
  iin_format: { en: '{label} must be 12 digits', kk: '«{label}» 12 цифрдан тұруы керек', ru: 'Поле «{label}» должно содержать 12 цифр' },
  bin_format: {
    en: '{label} must be 12 digits, with 4, 5 or 6 as the 5th digit',
    kk: '«{label}» 12 цифрдан тұруы керек, бесінші цифрасы — 4, 5 немесе 6',
    ru: 'Поле «{label}» должно содержать 12 цифр, пятая цифра — 4, 5 или 6',
  },
  'checksum-digits': {
    en: 'Check {lower}: one of the digits is wrong',
    kk: '«{lower}» өрісін тексеріңіз: цифрлардың бірі қате',
    ru: 'Проверьте поле «{lower}»: одна из цифр указана неверно',
  },
  phone_format: {
    en: 'Enter a Kazakhstan phone number, like 8 701 234 56 78 or +7 701 234 56 78',
    kk: 'Қазақстандық телефон нөмірін енгізіңіз, мысалы, 8 701 234 56 78 немесе +7 701 234 56 78',
    ru: 'Введите казахстанский номер телефона, например 8 701 234 56 78 или +7 701 234 56 78',
  },
  postal_code_format: {
    en: 'Enter a postal code, like A15E3C4 or 050000',
    kk: 'Пошта индексін енгізіңіз, мысалы, A15E3C4 немесе 050000',
    ru: 'Введите почтовый индекс, например A15E3C4 или 050000',
  },
  iban_format: {
    en: 'Enter an IBAN that starts with KZ and has 20 characters, like KZ86 125K ZT50 0410 0100',
    kk: 'KZ әріптерінен басталатын 20 таңбалы IBAN енгізіңіз, мысалы, KZ86 125K ZT50 0410 0100',
    ru: 'Введите IBAN из 20 символов, который начинается с KZ, например KZ86 125K ZT50 0410 0100',
  },
  iban_checksum: {
    en: 'Check {lower}: one of the characters is wrong',
    kk: '«{lower}» өрісін тексеріңіз: таңбалардың бірі қате',
    ru: 'Проверьте поле «{lower}»: один из символов указан неверно',
  },
  person_name_characters: {
    en: '{label} must only include letters, spaces, hyphens, apostrophes and full stops',
    kk: '«{label}» өрісінде тек әріптер, бос орындар, дефистер, апострофтар және нүктелер болуы керек',
    ru: 'Поле «{label}» может содержать только буквы, пробелы, дефисы, апострофы и точки',
  },
  invalid_option: {
    en: 'Select one of the options for {lower}',
    kk: '«{lower}» өрісі үшін нұсқалардың бірін таңдаңыз',
    ru: 'Выберите один из вариантов в поле «{lower}»',
  },
  invalid_type: { en: 'Enter {lower} as text', kk: '«{lower}» өрісін мәтінмен толтырыңыз', ru: 'Введите значение поля «{lower}» текстом' },
  date_incomplete: {
    en: '{label} must include a {parts}',
    kk: '«{label}» өрісінде мыналарды көрсетіңіз: {parts}',
    ru: 'Укажите {parts} в поле «{label}»',
  },
  invalid_date: {
    en: '{label} must be a real date',
    kk: '«{label}» өрісінде күнтізбеде бар күнді көрсетіңіз',
    ru: 'Укажите в поле «{label}» существующую дату',
  },
  date_in_future: {
    en: '{label} must be in the past',
    kk: '«{label}» өткен күн болуы керек',
    ru: 'Дата в поле «{label}» должна быть в прошлом',
  },
  date_in_past: {
    en: '{label} must be in the future',
    kk: '«{label}» болашақтағы күн болуы керек',
    ru: 'Дата в поле «{label}» должна быть в будущем',
  },
  too_few_items: {
    count: 'min',
    en: {
      one: 'Add at least {min} item to {lower}',
      few: 'Add at least {min} items to {lower}',
      many: 'Add at least {min} items to {lower}',
      other: 'Add at least {min} items to {lower}',
    },
    kk: {
      one: '«{lower}» бөліміне кемінде {min} жазба қосыңыз',
      few: '«{lower}» бөліміне кемінде {min} жазба қосыңыз',
      many: '«{lower}» бөліміне кемінде {min} жазба қосыңыз',
      other: '«{lower}» бөліміне кемінде {min} жазба қосыңыз',
    },
    ru: {
      one: 'Добавьте не менее {min} записи в раздел «{lower}»',
      few: 'Добавьте не менее {min} записей в раздел «{lower}»',
      many: 'Добавьте не менее {min} записей в раздел «{lower}»',
      other: 'Добавьте не менее {min} записи в раздел «{lower}»',
    },
  },
  too_many_items: {
    count: 'max',
    en: {
      one: 'You can add up to {max} item to {lower}',
      few: 'You can add up to {max} items to {lower}',
      many: 'You can add up to {max} items to {lower}',
      other: 'You can add up to {max} items to {lower}',
    },
    kk: {
      one: '«{lower}» бөліміне {max} жазбадан артық қосуға болмайды',
      few: '«{lower}» бөліміне {max} жазбадан артық қосуға болмайды',
      many: '«{lower}» бөліміне {max} жазбадан артық қосуға болмайды',
      other: '«{lower}» бөліміне {max} жазбадан артық қосуға болмайды',
    },
    ru: {
      one: 'В раздел «{lower}» можно добавить не более {max} записи',
      few: 'В раздел «{lower}» можно добавить не более {max} записей',
      many: 'В раздел «{lower}» можно добавить не более {max} записей',
      other: 'В раздел «{lower}» можно добавить не более {max} записи',
    },
  },
  too_few_selected: {
    count: 'min',
    en: {
      one: 'Select at least {min} answer for: {label}',
      few: 'Select at least {min} answers for: {label}',
      many: 'Select at least {min} answers for: {label}',
      other: 'Select at least {min} answers for: {label}',
    },
    kk: {
      one: 'Кемінде {min} жауап таңдаңыз: {label}',
      few: 'Кемінде {min} жауап таңдаңыз: {label}',
      many: 'Кемінде {min} жауап таңдаңыз: {label}',
      other: 'Кемінде {min} жауап таңдаңыз: {label}',
    },
    ru: {
      one: 'Выберите не менее {min} ответа: {label}',
      few: 'Выберите не менее {min} ответов: {label}',
      many: 'Выберите не менее {min} ответов: {label}',
      other: 'Выберите не менее {min} ответа: {label}',
    },
  },
  too_many_selected: {
    count: 'max',
    en: {
      one: 'Select no more than {max} answer for: {label}',
      few: 'Select no more than {max} answers for: {label}',
      many: 'Select no more than {max} answers for: {label}',
      other: 'Select no more than {max} answers for: {label}',
    },
    kk: {
      one: '{max} жауаптан артық таңдамаңыз: {label}',
      few: '{max} жауаптан артық таңдамаңыз: {label}',
      many: '{max} жауаптан артық таңдамаңыз: {label}',
      other: '{max} жауаптан артық таңдамаңыз: {label}',
    },
    ru: {
      one: 'Выберите не более {max} ответа: {label}',
      few: 'Выберите не более {max} ответов: {label}',
      many: 'Выберите не более {max} ответов: {label}',
      other: 'Выберите не более {max} ответа: {label}',
    },
  },
  'too_many_selected-only-one': {
    en: 'Select only one answer for: {label}',
    kk: 'Тек бір жауапты таңдаңыз: {label}',
    ru: 'Выберите только один ответ: {label}',
  },
  file_type: {
    en: '{name} must be a {types}',
    kk: '{name} файлының форматы мынадай болуы керек: {types}',
    ru: 'Файл {name} должен быть в формате: {types}',
  },
  file_too_large: {
    en: '{name} must be smaller than {size}',
    kk: '{name} файлының көлемі {size} шегінен аспауы керек',
    ru: 'Размер файла {name} должен быть меньше {size}',
  },
  too_many_files: {
    count: 'max',
    en: {
      one: 'You can choose up to {max} file for {lower}',
      few: 'You can choose up to {max} files for {lower}',
      many: 'You can choose up to {max} files for {lower}',
      other: 'You can choose up to {max} files for {lower}',
    },
    kk: {
      one: '«{lower}» үшін {max} файлдан артық таңдауға болмайды',
      few: '«{lower}» үшін {max} файлдан артық таңдауға болмайды',
      many: '«{lower}» үшін {max} файлдан артық таңдауға болмайды',
      other: '«{lower}» үшін {max} файлдан артық таңдауға болмайды',
    },
    ru: {
      one: 'Для поля «{lower}» можно выбрать не более {max} файла',
      few: 'Для поля «{lower}» можно выбрать не более {max} файлов',
      many: 'Для поля «{lower}» можно выбрать не более {max} файлов',
      other: 'Для поля «{lower}» можно выбрать не более {max} файла',
    },
  },
  file_empty: {
    en: '{name} is empty: choose another file',
    kk: '{name} файлы бос: басқа файлды таңдаңыз',
    ru: 'Файл {name} пустой: выберите другой файл',
  },
  unknown_field: {
    en: 'This answer is not part of the form. Reload the page and try again.',
    kk: 'Бұл жауап формаға жатпайды. Бетті жаңартып, қайталап көріңіз.',
    ru: 'Этот ответ не относится к форме. Обновите страницу и попробуйте ещё раз.',
  },
  not_applicable: {
    en: '{label} does not apply to your answers. Check your answers and try again.',
    kk: '«{label}» өрісі сіздің жауаптарыңызға қатысты емес. Жауаптарыңызды тексеріп, қайталап көріңіз.',
    ru: 'Поле «{label}» не относится к вашим ответам. Проверьте ответы и попробуйте ещё раз.',
  },
} satisfies Record<string, CatalogueEntry>;

/** A key of the catalogue: `continue`, `step-of`, `too_short`, … */
export type MessageKey = keyof typeof MESSAGES;
